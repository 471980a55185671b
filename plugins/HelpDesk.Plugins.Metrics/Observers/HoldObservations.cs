using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>
/// Hold time: the seconds of each hold, observed when the caller is taken off hold, or when the call ends while they
/// wait. The events carry the hold's length, so nothing needs remembering and a replay observes the same values again.
/// Broken down by the agent who held the caller (not the actor, which may be an API key).
/// </summary>
internal static class HoldObservations
{
    /// <summary>Observes an event.</summary>
    /// <param name="request">The event and its ticket.</param>
    /// <param name="breakdown">The breakdown builder.</param>
    /// <returns>The observations; one for an event that ends a hold, else none.</returns>
    public static IEnumerable<MetricObservation> Of(MetricRequest request, Breakdown breakdown)
    {
        var (heldFor, agent) = request.Event switch
        {
            CallerResumed resumed => ((TimeSpan?)resumed.HeldFor, resumed.AgentId),
            InteractionEnded { EndedHoldFor: { } ended } end => (ended, end.AgentId),
            _ => (null, null),
        };

        if (heldFor is { } seconds)
        {
            yield return Observation.Of(MetricNames.HoldTime, Math.Max(0, seconds.TotalSeconds), request.Event, breakdown.For(request.Event, request.Ticket, agent: agent));
        }
    }
}
