using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Escalation;

/// <summary>
/// Answers "what would our escalation policies have done with this ticket, and when?": replays the ticket's event
/// history in time order and asks the organisation's policies at each event and at each timer check in between.
/// It changes nothing: the policies get a simulated clock and in-memory copies of their stores, and nothing is written.
/// </summary>
public sealed class EscalationSimulator(
    ITicketStore tickets,
    IEventLog events,
    IOrganizationStore organizations,
    DeskPlugins plugins,
    TicketEscalation escalation,
    IOptions<HelpDeskOptions> options,
    TimeProvider clock)
{
    /// <summary>Simulates the policies over a ticket's history.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="until">Where the simulation ends; by default when the ticket was resolved, or now while it is open. A later time shows what would happen if nobody acted.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The decisions in time order: every decision at an event, and timer decisions that are more than keeping the ticket; <see langword="null"/> when the organisation has no such ticket.</returns>
    public async Task<IReadOnlyList<SimulatedEscalation>?> SimulateAsync(
        string organizationId, string ticketId, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var current = await tickets.FindAsync(organizationId, ticketId, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var history = (await events.ReadTicketAsync(organizationId, ticketId, cancellationToken))
            .OrderBy(e => e.Event.OccurredAt).ThenBy(e => e.Sequence).Select(e => e.Event).ToList();
        var end = until ?? EndOf(current, history);
        var simulatedClock = new SimulatedClock(current.CreatedAt);
        var stores = new List<SimulatedPluginStore>();
        var policies = await plugins.GetForSimulationAsync<IEscalationPolicy>(organizationId, simulatedClock, real =>
        {
            var store = new SimulatedPluginStore(real, ticketId);
            stores.Add(store);
            return store;
        }, cancellationToken);
        if (policies.Count == 0 || end < current.CreatedAt)
        {
            return [];
        }

        var run = new SimulationRun(
            escalation,
            policies,
            stores,
            simulatedClock,
            await HistoricalCounts.LoadAsync(tickets, current, cancellationToken),
            (await organizations.FindAsync(organizationId, cancellationToken))?.TimeZone ?? "UTC",
            options.Value.EscalationCheckInterval,
            TicketReplay.Opened(current, history.OfType<TicketOpened>().FirstOrDefault()));
        foreach (var moment in history.Where(e => e.OccurredAt <= end).GroupBy(e => e.OccurredAt))
        {
            await run.ReplayAsync([.. moment], current, cancellationToken);
        }

        await run.CheckUntilAsync(end, inclusive: true, cancellationToken);
        return run.Decisions;
    }

    private DateTimeOffset EndOf(Ticket current, IReadOnlyList<DomainEvent> history) =>
        current.Status is TicketStatus.Resolved or TicketStatus.Closed
            ? current.ResolvedAt ?? history.LastOrDefault()?.OccurredAt ?? current.UpdatedAt
            : clock.GetUtcNow();
}
