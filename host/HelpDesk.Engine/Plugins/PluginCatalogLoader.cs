using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Plugins;

/// <summary>Fills the plugin catalogue from the registered <see cref="IPluginLoader"/> before the host starts serving.</summary>
public sealed partial class PluginCatalogLoader(IPluginLoader loader, PluginCatalog catalog, ILogger<PluginCatalogLoader> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var loaded = loader.LoadAll(cancellationToken);
        catalog.Replace(loaded);
        LogLoaded(logger, loaded.Count(p => p.Status == PluginStatus.Active), loaded.Count(p => p.Status == PluginStatus.Refused));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugins ready: {Active} active, {Refused} refused")]
    private static partial void LogLoaded(ILogger logger, int active, int refused);
}
