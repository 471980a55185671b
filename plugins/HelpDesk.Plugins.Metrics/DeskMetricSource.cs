using HelpDesk.Plugins.Metrics.Memory;
using HelpDesk.Plugins.Metrics.Observers;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Metrics;

/// <summary>
/// Folds ticket, survey, promise and hold events into the standard help desk metrics (see <see cref="MetricCatalog"/>), broken
/// down by service type, agent, team and priority where those are known. It remembers in the plugin store what a
/// later event needs (each ticket's replies, team changes, resolutions and reopenings; each contact's first two
/// tickets), keyed by event id and compared by time or ticket number, so replaying the event log gives the same
/// observations again.
/// </summary>
public sealed class DeskMetricSource : IMetricSource
{
    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Definitions => MetricCatalog.All;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<MetricObservation>> ObserveAsync(MetricRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var settings = MetricSettings.Read(context.Settings);
        var history = await TicketHistories.RecordAsync(request.Event, settings, context, cancellationToken);
        var contactRank = request.Event is TicketOpened opened ? await ContactTickets.RankAsync(opened, context.Store, cancellationToken) : null;
        var breakdown = new Breakdown(settings, history);
        return
        [
            .. TicketObservations.Of(request, breakdown, history),
            .. ContactObservations.Of(request.Event, contactRank),
            .. ResolutionObservations.Of(request, breakdown, history),
            .. SurveyObservations.Of(request, breakdown, settings),
            .. PromiseObservations.Of(request, breakdown),
            .. HoldObservations.Of(request, breakdown),
        ];
    }
}
