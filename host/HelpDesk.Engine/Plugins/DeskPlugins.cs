using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// Answers which components run for an organisation: active plugins it enabled (all active plugins
/// when it never configured its desk), each with its validated settings.
/// </summary>
public sealed partial class DeskPlugins(
    PluginCatalog catalog,
    IDeskConfigurationStore configurations,
    IPluginDataStore pluginData,
    TimeProvider clock,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<DeskPlugins>();

    /// <summary>Gets the components of one kind enabled for an organisation.</summary>
    /// <typeparam name="T">The kind's interface, for example <c>ITagger</c>.</typeparam>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The components with their contexts, ordered by plugin id.</returns>
    public async Task<IReadOnlyList<ActiveComponent<T>>> GetAsync<T>(string organizationId, CancellationToken cancellationToken)
        where T : class
    {
        var configuration = await configurations.FindAsync(organizationId, cancellationToken);
        var result = new List<ActiveComponent<T>>();
        foreach (var plugin in catalog.Active)
        {
            var activation = configuration?.Plugins.FirstOrDefault(p => p.PluginId == plugin.Id);
            var enabled = DeskConfiguration.Runs(configuration, plugin.Id);
            var components = plugin.Components.Select(c => c.Instance).OfType<T>().ToList();
            if (!enabled || components.Count == 0 || plugin.Manifest is null)
            {
                continue;
            }

            var settings = PluginSettingsValidator.Apply(plugin.Manifest, activation?.SettingsJson, out var problems);
            if (problems.Count > 0)
            {
                // Settings stored before a plugin upgrade may no longer fit; never run a plugin on settings it does not accept.
                LogInvalidSettings(logger, plugin.Id, organizationId, string.Join(" ", problems));
                continue;
            }

            var context = new PluginContext(
                organizationId,
                plugin.Id,
                clock,
                loggerFactory.CreateLogger($"HelpDesk.Plugins.{plugin.Id}"),
                settings,
                new PluginStoreAdapter(pluginData, organizationId, plugin.Id));
            result.AddRange(components.Select(c => new ActiveComponent<T>(plugin.Id, c, context)));
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} is skipped for organisation {OrganizationId}: its settings are invalid. {Problems}")]
    private static partial void LogInvalidSettings(ILogger logger, string pluginId, string organizationId, string problems);
}
