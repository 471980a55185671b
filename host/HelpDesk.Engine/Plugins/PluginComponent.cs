namespace HelpDesk.Engine.Plugins;

/// <summary>A component instance a plugin provides for one kind.</summary>
/// <param name="Kind">The kind (see <c>PluginKinds</c>).</param>
/// <param name="Instance">The component, implementing the kind's interface.</param>
public sealed record PluginComponent(string Kind, object Instance);
