namespace HelpDesk.Engine.Plugins;

/// <summary>Discovers and loads plugin folders; never throws for a bad plugin, it records a refusal instead.</summary>
public interface IPluginLoader
{
    /// <summary>Loads every plugin folder found.</summary>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>One entry per folder, active or refused.</returns>
    IReadOnlyList<LoadedPlugin> LoadAll(CancellationToken cancellationToken);
}
