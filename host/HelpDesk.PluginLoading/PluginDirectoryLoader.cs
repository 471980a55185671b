using System.Collections.Concurrent;
using HelpDesk.Engine.Plugins;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.PluginLoading;

/// <summary>
/// Loads every sub-folder of the configured plugin directory; one bad plugin never stops the others. Later scans load
/// only folders that are new, or that were refused and have changed since (a plugin still being copied, say); a folder
/// is left alone until its files have been quiet for <see cref="SettleTime"/>.
/// </summary>
internal sealed partial class PluginDirectoryLoader(
    IOptions<PluginLoadingOptions> options,
    IHostEnvironment environment,
    PluginFolderLoader folderLoader,
    ILogger<PluginDirectoryLoader> logger) : IPluginLoader
{
    /// <summary>How long a folder's files must be unchanged before a scan loads it.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, DateTime> attempts = new(StringComparer.Ordinal);

    public IReadOnlyList<LoadedPlugin> LoadAll(CancellationToken cancellationToken) => Load([], settle: false, cancellationToken);

    public IReadOnlyList<LoadedPlugin> LoadNew(IReadOnlyList<LoadedPlugin> current, CancellationToken cancellationToken) =>
        Load(current, settle: true, cancellationToken);

    private List<LoadedPlugin> Load(IReadOnlyList<LoadedPlugin> current, bool settle, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(options.Value.Directory, environment.ContentRootPath);
        if (!Directory.Exists(root))
        {
            if (!settle)
            {
                LogMissingDirectory(logger, root);
            }

            return [];
        }

        var results = new List<LoadedPlugin>();
        // Folders whose names start with a dot are not plugins: the staging area of desk installs, say.
        foreach (var folder in Directory.EnumerateDirectories(root).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var known = current.FirstOrDefault(p => string.Equals(Path.GetFullPath(p.Directory), folder, StringComparison.Ordinal));
            var stamp = LatestWrite(folder);
            if (known is { Status: PluginStatus.Active } || (settle && (DateTime.UtcNow - stamp < SettleTime || attempts.GetValueOrDefault(folder) == stamp)))
            {
                continue;
            }

            attempts[folder] = stamp;
            results.Add(LoadOne(folder, current.Where(p => p.Status == PluginStatus.Active).Concat(results)));
        }

        return results;
    }

    private LoadedPlugin LoadOne(string folder, IEnumerable<LoadedPlugin> loaded)
    {
        var plugin = folderLoader.Load(folder);
        if (plugin.Status == PluginStatus.Active && loaded.Any(p => p.Id == plugin.Id && p.Status == PluginStatus.Active))
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

        return plugin;
    }

    private static DateTime LatestWrite(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(File.GetLastWriteTimeUtc)
                .Append(Directory.GetLastWriteTimeUtc(folder))
                .Max();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DateTime.UtcNow;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin directory {Directory} does not exist; no plugins loaded")]
    private static partial void LogMissingDirectory(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} in {Folder} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string pluginId, string folder, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} active with {ComponentCount} component(s)")]
    private static partial void LogActive(ILogger logger, string pluginId, string? version, int componentCount);
}
