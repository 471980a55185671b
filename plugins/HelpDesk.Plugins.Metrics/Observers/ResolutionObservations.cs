using HelpDesk.Plugins.Metrics.Memory;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>
/// The metrics observed when a ticket is resolved. A ticket's first resolution counts it once in the resolution
/// rate and in the denominators of replies per ticket and productivity; a resolution after a reopening adds its
/// replies and handling time to the same ticket (denominator 0).
/// </summary>
internal static class ResolutionObservations
{
    /// <summary>Observes an event.</summary>
    /// <param name="request">The event and its ticket.</param>
    /// <param name="breakdown">The breakdown builder.</param>
    /// <param name="history">The ticket's history, including the event.</param>
    /// <returns>The observations; none unless the event is a resolution.</returns>
    public static IEnumerable<MetricObservation> Of(MetricRequest request, Breakdown breakdown, TicketHistory history)
    {
        if (request.Event is not TicketResolved resolved)
        {
            yield break;
        }

        var ticket = request.Ticket;
        var resolvedBy = breakdown.For(resolved, ticket, resolved.ServiceType);
        var firstResolution = history.ResolutionsBefore(resolved) == 0;
        var perTicket = firstResolution ? 1 : 0;

        yield return Observation.Of(MetricNames.ResolvedCount, 1, resolved, resolvedBy);
        yield return Observation.Of(MetricNames.FirstContactResolution, resolved.FirstContact ? 1 : 0, resolved, resolvedBy);
        if ((ticket?.CreatedAt ?? history.OpenedAt) is { } openedAt)
        {
            yield return Observation.Of(MetricNames.ResolutionTime, Observation.SecondsSince(openedAt, resolved), resolved, resolvedBy);
        }

        if (firstResolution)
        {
            yield return Observation.Of(MetricNames.ResolutionRate, 1, resolved, breakdown.AsOpened(), denominator: 0);
        }

        yield return Observation.Of(MetricNames.RepliesPerTicket, history.RepliesSinceLastResolution(resolved), resolved, resolvedBy, perTicket);
        if ((history.WorkStartedBefore(resolved) ?? ticket?.CreatedAt) is { } workStarted)
        {
            yield return Observation.Of(MetricNames.Productivity, Observation.SecondsSince(workStarted, resolved), resolved, resolvedBy, perTicket);
        }
    }
}
