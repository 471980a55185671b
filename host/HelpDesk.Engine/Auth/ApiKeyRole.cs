namespace HelpDesk.Engine.Auth;

/// <summary>What the holder of an API key may do; each role may also do everything of the roles before it.</summary>
public enum ApiKeyRole
{
    /// <summary>Works tickets: reads them, opens, replies, notes, transfers, resolves.</summary>
    Agent,

    /// <summary>Also sees metrics and escalates.</summary>
    Supervisor,

    /// <summary>Also manages the desk: plugins, settings and API keys.</summary>
    Admin,
}
