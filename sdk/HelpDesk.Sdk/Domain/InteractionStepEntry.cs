namespace HelpDesk.Sdk.Domain;

/// <summary>A step of an interaction and when the conversation entered it.</summary>
public sealed record InteractionStepEntry
{
    /// <summary>Gets the step.</summary>
    public required CallStep Step { get; init; }

    /// <summary>Gets when the conversation entered the step.</summary>
    public required DateTimeOffset EnteredAt { get; init; }
}
