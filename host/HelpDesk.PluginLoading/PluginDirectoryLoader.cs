using HelpDesk.Engine.Plugins;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.PluginLoading;

/// <summary>Loads every sub-folder of the configured plugin directory; one bad plugin never stops the others.</summary>
internal sealed partial class PluginDirectoryLoader(
    IOptions<PluginLoadingOptions> options,
    IHostEnvironment environment,
    PluginFolderLoader folderLoader,
    ILogger<PluginDirectoryLoader> logger) : IPluginLoader
{
    public IReadOnlyList<LoadedPlugin> LoadAll(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(options.Value.Directory, environment.ContentRootPath);
        if (!Directory.Exists(root))
        {
            LogMissingDirectory(logger, root);
            return [];
        }

        var results = new List<LoadedPlugin>();
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plugin = folderLoader.Load(folder);
            if (plugin.Status == PluginStatus.Active && results.Any(p => p.Id == plugin.Id && p.Status == PluginStatus.Active))
            {
                plugin = LoadedPlugin.Refused(plugin.Id, folder, plugin.Manifest, $"Another folder already provides the plugin '{plugin.Id}'; ids must be unique.");
            }

            if (plugin.Status == PluginStatus.Refused)
            {
                LogRefused(logger, plugin.Id, folder, plugin.Reason);
            }
            else
            {
                LogActive(logger, plugin.Id, plugin.Manifest?.Version, plugin.Components.Count);
            }

            results.Add(plugin);
        }

        return results;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin directory {Directory} does not exist; no plugins loaded")]
    private static partial void LogMissingDirectory(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} in {Folder} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string pluginId, string folder, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} active with {ComponentCount} component(s)")]
    private static partial void LogActive(ILogger logger, string pluginId, string? version, int componentCount);
}
