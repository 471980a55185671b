namespace HelpDesk.Sdk.Testing;

/// <summary>
/// The values the test kit uses when a test does not choose its own, so that builders, events and the
/// test context agree with each other (same organisation, same starting time).
/// </summary>
public static class TestDefaults
{
    /// <summary>The organisation id of test contexts, tickets, contacts and events.</summary>
    public const string OrganizationId = "org-test";

    /// <summary>The plugin id of a test context when no manifest names one.</summary>
    public const string PluginId = "test.plugin";

    /// <summary>The agent who acts in events (replies, resolutions, transfers) unless a test names another.</summary>
    public const string AgentId = "agent-1";

    /// <summary>Gets the time the fake clock starts at: Monday 6 January 2025, 09:00 UTC.</summary>
    public static DateTimeOffset Now { get; } = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
}
