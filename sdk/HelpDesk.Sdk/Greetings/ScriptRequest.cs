namespace HelpDesk.Sdk.Greetings;

/// <summary>What a greeting script is asked to render.</summary>
public sealed record ScriptRequest
{
    /// <summary>Gets the moment of the call the lines are for.</summary>
    public required ScriptMoment Moment { get; init; }

    /// <summary>Gets the organisation's name as the agent says it.</summary>
    public required string OrganizationName { get; init; }

    /// <summary>Gets the agent's name.</summary>
    public required string AgentName { get; init; }

    /// <summary>Gets the caller's name, if known.</summary>
    public string? CallerName { get; init; }

    /// <summary>Gets the BCP 47 language to speak (for example <c>en</c>, <c>nl</c>, <c>ja</c>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Gets the caller's local time, when their time zone is known; greet by time of day only then.</summary>
    public DateTimeOffset? CallerLocalTime { get; init; }

    /// <summary>Gets further placeholder values for the moment (for example <c>reason</c>, <c>team</c>, <c>promises</c>).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}
