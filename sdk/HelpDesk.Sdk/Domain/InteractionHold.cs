namespace HelpDesk.Sdk.Domain;

/// <summary>One time a caller was put on hold.</summary>
public sealed record InteractionHold
{
    /// <summary>Gets why the caller was put on hold, as the agent explained it to them.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets when the caller was put on hold.</summary>
    public required DateTimeOffset HeldAt { get; init; }

    /// <summary>Gets when the caller was taken off hold (resumed, or the call ended); <see langword="null"/> while they wait.</summary>
    public DateTimeOffset? ResumedAt { get; init; }

    /// <summary>Gets how many times the agent was reminded to check back with the waiting caller.</summary>
    public int CheckBackCount { get; init; }
}
