namespace HelpDesk.Engine.Plugins;

/// <summary>Discovers and loads plugin folders; never throws for a bad plugin, it records a refusal instead.</summary>
public interface IPluginLoader
{
    /// <summary>Loads every plugin folder found.</summary>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>One entry per folder, active or refused.</returns>
    IReadOnlyList<LoadedPlugin> LoadAll(CancellationToken cancellationToken);

    /// <summary>Loads the plugin folders that are not in <paramref name="current"/> as active plugins: new folders, and refused ones that changed since.</summary>
    /// <param name="current">The plugins loaded so far.</param>
    /// <param name="cancellationToken">Stops the loading.</param>
    /// <returns>The plugins loaded now, active or refused.</returns>
    IReadOnlyList<LoadedPlugin> LoadNew(IReadOnlyList<LoadedPlugin> current, CancellationToken cancellationToken) => [];
}
