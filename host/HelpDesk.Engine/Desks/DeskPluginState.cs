using HelpDesk.Engine.Plugins;

namespace HelpDesk.Engine.Desks;

/// <summary>A plugin as one organisation's desk has it.</summary>
/// <param name="Plugin">The loaded plugin.</param>
/// <param name="Enabled">Whether it runs for the organisation.</param>
/// <param name="SettingsJson">The effective settings: the organisation's values, else the plugin's defaults.</param>
/// <param name="DeskVersion">The version of the desk configuration read, for <c>expectedVersion</c>.</param>
/// <param name="Health">How the plugin has been doing for the organisation (failures, out of service).</param>
public sealed record DeskPluginState(LoadedPlugin Plugin, bool Enabled, string SettingsJson, int DeskVersion, PluginHealth Health);
