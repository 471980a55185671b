using HelpDesk.Engine.Plugins;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.PluginLoading;

/// <summary>
/// Looks at the plugin directory every <see cref="PluginLoadingOptions.RescanInterval"/> and loads folders dropped in
/// since the start (or fixed after being refused), without a restart. Loaded plugins are never unloaded or replaced.
/// </summary>
internal sealed partial class PluginDiscovery(
    IPluginLoader loader,
    PluginCatalog catalog,
    PluginDirectoryGate gate,
    IOptions<PluginLoadingOptions> options,
    ILogger<PluginDiscovery> logger) : BackgroundService
{
    /// <summary>Loads what is new once.</summary>
    /// <param name="cancellationToken">Stops the scan.</param>
    /// <returns>The plugins loaded (active or refused).</returns>
    public IReadOnlyList<LoadedPlugin> ScanOnce(CancellationToken cancellationToken)
    {
        IReadOnlyList<LoadedPlugin> found;
        lock (gate.Sync)
        {
            found = loader.LoadNew(catalog.All, cancellationToken);
            if (found.Count > 0)
            {
                catalog.Merge(found);
            }
        }

        if (found.Count > 0)
        {
            LogDiscovered(logger, found.Count(p => p.Status == PluginStatus.Active), found.Count(p => p.Status == PluginStatus.Refused));
        }

        return found;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RescanInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RescanInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    ScanOnce(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogScanFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin folders discovered while running: {Active} active, {Refused} refused")]
    private static partial void LogDiscovered(ILogger logger, int active, int refused);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scanning the plugin directory failed; it is scanned again at the next interval.")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
