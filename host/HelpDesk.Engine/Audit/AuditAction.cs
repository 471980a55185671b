namespace HelpDesk.Engine.Audit;

/// <summary>The changes the audit log records: who may do what, which plugins run and how, and erasures.</summary>
public enum AuditAction
{
    /// <summary>An API key was created.</summary>
    ApiKeyCreated,

    /// <summary>An API key was revoked.</summary>
    ApiKeyRevoked,

    /// <summary>A plugin was turned on for the organisation.</summary>
    PluginEnabled,

    /// <summary>A plugin was turned off for the organisation.</summary>
    PluginDisabled,

    /// <summary>A plugin's settings were replaced.</summary>
    PluginConfigured,

    /// <summary>A desk package was installed (or upgraded).</summary>
    DeskInstalled,

    /// <summary>The metric rollups were rebuilt from the event log.</summary>
    MetricsRebuilt,

    /// <summary>A contact's personal data was erased.</summary>
    ContactErased,
}
