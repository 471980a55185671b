namespace HelpDesk.Sdk.Greetings;

/// <summary>The lines an agent says at a moment of a call, placeholders filled.</summary>
public sealed record Script
{
    /// <summary>Gets the moment the lines are for.</summary>
    public required ScriptMoment Moment { get; init; }

    /// <summary>Gets the language the lines are in.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the lines, in the order to say them.</summary>
    public required IReadOnlyList<string> Lines { get; init; }
}
