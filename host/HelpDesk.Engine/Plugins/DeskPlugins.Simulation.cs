using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Plugins;

/// <summary>Components for simulations: the same plugins and settings, with a simulated clock and store.</summary>
public sealed partial class DeskPlugins
{
    /// <summary>Gets the components of one kind enabled for an organisation, with contexts for a simulation.</summary>
    /// <typeparam name="T">The kind's interface.</typeparam>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="clock">The clock the components read: the simulated time.</param>
    /// <param name="simulatedStore">Makes the store a plugin uses in the simulation from its real one (called once per plugin).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The components with simulation contexts, ordered by plugin id.</returns>
    internal async Task<IReadOnlyList<ActiveComponent<T>>> GetForSimulationAsync<T>(
        string organizationId, TimeProvider clock, Func<IPluginStore, IPluginStore> simulatedStore, CancellationToken cancellationToken)
        where T : class
    {
        var active = await GetAsync<T>(organizationId, cancellationToken);
        var contexts = new Dictionary<string, IPluginContext>(StringComparer.Ordinal);
        return [.. active.Select(component => component with
        {
            Context = contexts.TryGetValue(component.PluginId, out var context)
                ? context
                : contexts[component.PluginId] = (PluginContext)component.Context with { Clock = clock, Store = simulatedStore(component.Context.Store) },
        })];
    }
}
