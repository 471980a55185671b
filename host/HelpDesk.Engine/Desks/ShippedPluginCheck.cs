using HelpDesk.Engine.Plugins;

namespace HelpDesk.Engine.Desks;

/// <summary>
/// Decides what becomes of each plugin folder a desk archive ships, against the plugins the host already runs: a plugin the
/// host runs in the same version is used as it is (so installing the same archive twice works), a new one is installed, and
/// anything else – a refused plugin, another version of a running one, a folder name in use – is a problem.
/// </summary>
internal static class ShippedPluginCheck
{
    /// <summary>Checks the staged folders.</summary>
    /// <param name="staged">The folders as staged and loaded.</param>
    /// <param name="catalog">The host's plugins.</param>
    /// <param name="problems">Receives a problem per folder that cannot be installed.</param>
    /// <returns>The folders to install, and the catalogue the desk is checked against: the host's plugins plus those.</returns>
    public static (IReadOnlyList<string> ToInstall, PluginCatalog View) Check(IReadOnlyList<StagedPluginFolder> staged, PluginCatalog catalog, List<string> problems)
    {
        var toInstall = new List<LoadedPlugin>();
        foreach (var (name, plugin, nameTaken) in staged)
        {
            var running = catalog.Find(plugin.Id) is { Status: PluginStatus.Active } found ? found : null;
            var problem = (plugin, running) switch
            {
                ({ Status: PluginStatus.Refused }, _) => $"the shipped plugin '{plugin.Id}' cannot run on this host: {plugin.Reason}",
                (_, { Manifest: { } host }) when host.Version == plugin.Manifest!.Version => null,
                (_, { Manifest: { } host }) =>
                    $"the host already runs {plugin.Id} {host.Version} and the archive ships {plugin.Manifest!.Version}; a running plugin is not replaced while " +
                    "the host runs: put the new folder in the plugin directory in place of the old one, restart the host and install the desk again.",
                _ when nameTaken => $"the plugin directory already has a folder named '{name}' holding another plugin; rename the shipped folder.",
                _ when toInstall.Any(p => p.Id == plugin.Id) => $"another shipped folder already provides the plugin '{plugin.Id}'; ship each plugin once.",
                _ => null,
            };

            if (problem is not null)
            {
                problems.Add($"plugins/{name}: {problem}");
            }
            else if (running is null)
            {
                toInstall.Add(plugin with { Directory = name });
            }
        }

        var view = new PluginCatalog();
        view.Replace([.. catalog.All, .. toInstall]);
        return ([.. toInstall.Select(p => p.Directory)], view);
    }
}
