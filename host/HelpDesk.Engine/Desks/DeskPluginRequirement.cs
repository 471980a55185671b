namespace HelpDesk.Engine.Desks;

/// <summary>One plugin a desk needs, with the versions it accepts and the settings it gives it.</summary>
public sealed record DeskPluginRequirement
{
    /// <summary>Gets the plugin's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the versions of the plugin the desk works with.</summary>
    public required VersionRange Version { get; init; }

    /// <summary>Gets the desk's settings for the plugin, as a JSON object text; settings left out take the plugin's defaults.</summary>
    public string SettingsJson { get; init; } = "{}";
}
