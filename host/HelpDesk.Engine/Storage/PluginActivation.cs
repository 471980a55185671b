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

    /// <summary>
    /// Gets the settings the last installed desk package gave the plugin, as a JSON object text, or <see langword="null"/>
    /// when no package set it. A setting whose value in <see cref="SettingsJson"/> differs from this one is the
    /// organisation's override, which the next desk upgrade keeps.
    /// </summary>
    public string? PackageSettingsJson { get; init; }
}
