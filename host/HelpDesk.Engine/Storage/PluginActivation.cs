namespace HelpDesk.Engine.Storage;

/// <summary>One plugin's state in an organisation's desk.</summary>
public sealed record PluginActivation
{
    /// <summary>Gets the plugin's id.</summary>
    public required string PluginId { get; init; }

    /// <summary>Gets whether the plugin runs for the organisation.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Gets the organisation's settings for the plugin, as a JSON object text.</summary>
    public string SettingsJson { get; init; } = "{}";
}
