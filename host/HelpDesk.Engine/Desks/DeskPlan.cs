using HelpDesk.Engine.Plugins;

namespace HelpDesk.Engine.Desks;

/// <summary>A desk package checked against this host: each required plugin with the loaded plugin that satisfies it.</summary>
/// <param name="Package">The package.</param>
/// <param name="Plugins">The required plugins with the host's plugin, in the manifest's order.</param>
internal sealed record DeskPlan(DeskPackage Package, IReadOnlyList<(DeskPluginRequirement Requirement, LoadedPlugin Plugin)> Plugins);
