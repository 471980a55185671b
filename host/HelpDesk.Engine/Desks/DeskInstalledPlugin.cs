namespace HelpDesk.Engine.Desks;

/// <summary>One plugin of an installed desk.</summary>
/// <param name="PluginId">The plugin's id.</param>
/// <param name="Version">The version of the plugin the host runs.</param>
/// <param name="SettingsJson">The settings stored for the organisation, as a JSON object text.</param>
/// <param name="KeptOverrides">The settings whose organisation value was kept over the package's on this upgrade.</param>
public sealed record DeskInstalledPlugin(string PluginId, string Version, string SettingsJson, IReadOnlyList<string> KeptOverrides);
