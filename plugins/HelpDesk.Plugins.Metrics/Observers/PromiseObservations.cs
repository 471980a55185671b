using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>
/// Promises kept: each promise counts once, in the period it was settled or came due – 1 when it was kept by its due
/// time, 0 when it went overdue, was kept late without having been marked overdue first, or was given up. A promise
/// already counted as overdue adds nothing when it is kept late or given up. Each observation follows from its event
/// alone, so a replay gives the same figures. Credited to the agent who made the promise.
/// </summary>
internal static class PromiseObservations
{
    /// <summary>Observes an event.</summary>
    /// <param name="request">The event and its ticket.</param>
    /// <param name="breakdown">The breakdown builder.</param>
    /// <returns>The observations; none unless the event settles a promise or makes it overdue.</returns>
    public static IEnumerable<MetricObservation> Of(MetricRequest request, Breakdown breakdown)
    {
        var (value, promisedBy) = request.Event switch
        {
            PromiseKept { OnTime: true } kept => (1, kept.PromisedBy),
            PromiseKept { WasOverdue: false } late => (0, late.PromisedBy),
            PromiseOverdue overdue => (0, overdue.PromisedBy),
            PromiseBroken { WasOverdue: false } broken => (0, broken.PromisedBy),
            _ => (-1, null),
        };
        if (value < 0)
        {
            yield break;
        }

        yield return Observation.Of(MetricNames.PromisesKept, value, request.Event, breakdown.For(request.Event, request.Ticket, agent: promisedBy));
    }
}
