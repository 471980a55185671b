using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Engine.Greetings;

/// <summary>What a front end asks a script for.</summary>
public sealed record GreetingQuery
{
    /// <summary>Gets the moment of the call.</summary>
    public ScriptMoment Moment { get; init; } = ScriptMoment.Greeting;

    /// <summary>Gets the agent's name.</summary>
    public required string AgentName { get; init; }

    /// <summary>Gets the caller's name, if known.</summary>
    public string? CallerName { get; init; }

    /// <summary>Gets the language; the organisation's first language when not given.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the caller's IANA time zone, if known; the caller's local time is taken from the clock in it.</summary>
    public string? CallerTimeZone { get; init; }

    /// <summary>Gets the caller's local time, when the client knows it directly (wins over <see cref="CallerTimeZone"/>).</summary>
    public DateTimeOffset? CallerLocalTime { get; init; }

    /// <summary>Gets further placeholder values (for example <c>reason</c>, <c>team</c>).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}
