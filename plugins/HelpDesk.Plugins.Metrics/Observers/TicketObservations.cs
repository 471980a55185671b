using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>The ticket flow metrics: opened, first reply, resolved, transferred.</summary>
internal static class TicketObservations
{
    public static IEnumerable<MetricObservation> Of(MetricRequest request, Breakdown breakdown)
    {
        var ticket = request.Ticket;
        switch (request.Event)
        {
            case TicketOpened opened:
                yield return Observe(MetricNames.TicketsOpened, 1, opened, breakdown.For(opened, ticket));
                break;

            case TicketReplied { IsFirstReply: true } reply when ticket is not null:
                yield return Observe(MetricNames.FirstResponseTime, SecondsSince(ticket.CreatedAt, reply), reply, breakdown.For(reply, ticket));
                break;

            case TicketResolved resolved:
                var resolvedBy = breakdown.For(resolved, ticket, resolved.ServiceType);
                yield return Observe(MetricNames.ResolvedCount, 1, resolved, resolvedBy);
                yield return Observe(MetricNames.FirstContactResolution, resolved.FirstContact ? 1 : 0, resolved, resolvedBy);
                if (ticket is not null)
                {
                    yield return Observe(MetricNames.ResolutionTime, SecondsSince(ticket.CreatedAt, resolved), resolved, resolvedBy);
                }

                break;

            case TicketTransferred transferred:
                var dimensions = new Dictionary<string, string>(breakdown.For(transferred, ticket)) { ["to"] = transferred.To };
                yield return Observe(MetricNames.TransferCount, 1, transferred, dimensions);
                break;
        }
    }

    private static double SecondsSince(DateTimeOffset start, DomainEvent domainEvent) =>
        Math.Max(0, (domainEvent.OccurredAt - start).TotalSeconds);

    private static MetricObservation Observe(string metric, double value, DomainEvent domainEvent, IReadOnlyDictionary<string, string> breakdown) =>
        new() { Metric = metric, Value = value, At = domainEvent.OccurredAt, Breakdown = breakdown };
}
