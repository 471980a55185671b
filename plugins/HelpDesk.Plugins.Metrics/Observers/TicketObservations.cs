using HelpDesk.Plugins.Metrics.Memory;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>The ticket flow metrics before resolution: opened (also the denominator of the resolution rate), first reply, transferred.</summary>
internal static class TicketObservations
{
    /// <summary>Observes an event.</summary>
    /// <param name="request">The event and its ticket.</param>
    /// <param name="breakdown">The breakdown builder.</param>
    /// <param name="history">The ticket's history, including the event.</param>
    /// <returns>The observations.</returns>
    public static IEnumerable<MetricObservation> Of(MetricRequest request, Breakdown breakdown, TicketHistory history)
    {
        var ticket = request.Ticket;
        switch (request.Event)
        {
            case TicketOpened opened:
                yield return Observation.Of(MetricNames.TicketsOpened, 1, opened, breakdown.For(opened, ticket));
                yield return Observation.Of(MetricNames.ResolutionRate, 0, opened, breakdown.AsOpened());
                break;

            case TicketReplied { IsFirstReply: true } reply when (ticket?.CreatedAt ?? history.OpenedAt) is { } openedAt:
                yield return Observation.Of(MetricNames.FirstResponseTime, Observation.SecondsSince(openedAt, reply), reply, breakdown.For(reply, ticket));
                break;

            case TicketTransferred transferred:
                // The team dimension is the team that handed the ticket on; "to" is where it went.
                var dimensions = new Dictionary<string, string>(breakdown.For(transferred, ticket)) { ["to"] = transferred.To };
                yield return Observation.Of(MetricNames.TransferCount, 1, transferred, dimensions);
                break;
        }
    }
}
