using System.Collections.Immutable;

namespace HelpDesk.Engine.Plugins;

/// <summary>The plugins this host process discovered, active or refused. Thread-safe; replaced as a whole.</summary>
public sealed class PluginCatalog
{
    private ImmutableArray<LoadedPlugin> plugins = [];

    /// <summary>Gets every discovered plugin, ordered by id.</summary>
    public IReadOnlyList<LoadedPlugin> All => plugins;

    /// <summary>Gets the active plugins.</summary>
    public IEnumerable<LoadedPlugin> Active => plugins.Where(p => p.Status == PluginStatus.Active);

    /// <summary>Finds a plugin by id.</summary>
    /// <param name="pluginId">The id.</param>
    /// <returns>The plugin, or <see langword="null"/>.</returns>
    public LoadedPlugin? Find(string pluginId) =>
        plugins.FirstOrDefault(p => p.Id == pluginId && p.Status == PluginStatus.Active) ?? plugins.FirstOrDefault(p => p.Id == pluginId);

    /// <summary>Replaces the catalogue's contents.</summary>
    /// <param name="loaded">The plugins now known.</param>
    public void Replace(IEnumerable<LoadedPlugin> loaded) =>
        ImmutableInterlocked.InterlockedExchange(ref plugins, [.. loaded.OrderBy(p => p.Id, StringComparer.Ordinal)]);

    /// <summary>Adds plugins loaded while the host runs; each replaces an earlier entry of the same folder (a refused one).</summary>
    /// <param name="loaded">The plugins loaded.</param>
    public void Merge(IReadOnlyList<LoadedPlugin> loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ImmutableInterlocked.Update(ref plugins, current =>
        [
            .. current.Where(p => !loaded.Any(l => string.Equals(l.Directory, p.Directory, StringComparison.Ordinal)))
                .Concat(loaded)
                .OrderBy(p => p.Id, StringComparer.Ordinal),
        ]);
    }
}
