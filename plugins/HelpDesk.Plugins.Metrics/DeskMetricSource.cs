using HelpDesk.Plugins.Metrics.Observers;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Metrics;

/// <summary>
/// Folds ticket and survey events into the standard help desk metrics: tickets opened and resolved, resolution
/// and first response time (seconds since the ticket was opened), first contact resolution, transfers, CSAT and
/// NPS, broken down by service type, agent and priority where those are known.
/// </summary>
public sealed class DeskMetricSource : IMetricSource
{
    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Definitions => MetricCatalog.All;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<MetricObservation>> ObserveAsync(MetricRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var settings = MetricSettings.Read(context.Settings);
        var breakdown = new Breakdown(settings);
        IReadOnlyList<MetricObservation> observations =
            [.. TicketObservations.Of(request, breakdown), .. SurveyObservations.Of(request, breakdown, settings)];
        return ValueTask.FromResult(observations);
    }
}
