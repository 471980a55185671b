namespace HelpDesk.Engine.Audit;

/// <summary>The kinds of thing an audit entry names as its target.</summary>
public static class AuditTargets
{
    /// <summary>An API key, by its id.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>A plugin, by its id.</summary>
    public const string Plugin = "Plugin";

    /// <summary>A desk package, by its name.</summary>
    public const string Desk = "Desk";

    /// <summary>The organisation's metrics.</summary>
    public const string Metrics = "Metrics";

    /// <summary>A contact, by its id.</summary>
    public const string Contact = "Contact";
}
