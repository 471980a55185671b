using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Metrics;

/// <summary>
/// Turns domain events into metric observations. The host calls it once for every event appended
/// to an organisation's log (also when rollups are rebuilt from the log) and folds the observations
/// into rollups per time bucket, so metrics never need a scan of all tickets.
/// </summary>
public interface IMetricSource
{
    /// <summary>Gets the metrics this source produces.</summary>
    IReadOnlyList<MetricDefinition> Definitions { get; }

    /// <summary>Observes an event.</summary>
    /// <param name="request">The event and its ticket.</param>
    /// <param name="context">The organisation's context for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The observations; empty when the event does not count for any metric.</returns>
    ValueTask<IReadOnlyList<MetricObservation>> ObserveAsync(MetricRequest request, IPluginContext context, CancellationToken cancellationToken);
}
