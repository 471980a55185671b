using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Plugins;

/// <summary>A component enabled for an organisation, with the context to call it with.</summary>
/// <typeparam name="T">The kind's interface.</typeparam>
/// <param name="PluginId">The plugin that provides it.</param>
/// <param name="Component">The component.</param>
/// <param name="Context">The organisation's context for the plugin.</param>
public sealed record ActiveComponent<T>(string PluginId, T Component, IPluginContext Context);
