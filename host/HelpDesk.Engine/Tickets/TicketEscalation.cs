using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>
/// Evaluates the organisation's escalation policies for a ticket and records the most severe decision on it.
/// </summary>
public sealed class TicketEscalation(DeskPlugins plugins, PluginInvoker invoker, ITicketStore tickets, TimeProvider clock)
{
    /// <summary>Evaluates the policies.</summary>
    /// <param name="ticket">The ticket as it is now.</param>
    /// <param name="trigger">Why the policies are evaluated.</param>
    /// <param name="triggeringEvent">The event, when triggered by one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket with the decision recorded, and an event when the decision is more than keeping it.</returns>
    public async Task<(Ticket Ticket, TicketEscalated? Event)> EvaluateAsync(
        Ticket ticket, EscalationTrigger trigger, DomainEvent? triggeringEvent, CancellationToken cancellationToken)
    {
        var policies = await plugins.GetAsync<IEscalationPolicy>(ticket.OrganizationId, cancellationToken);
        if (policies.Count == 0)
        {
            return (ticket, null);
        }

        var request = await BuildRequestAsync(ticket, trigger, triggeringEvent, cancellationToken);
        (string PluginId, EscalationDecision Decision)? chosen = null;
        foreach (var policy in policies)
        {
            var result = await invoker.InvokeAsync(policy, (p, ct) => p.EvaluateAsync(request, policy.Context, ct), cancellationToken);
            if (result.Value is { } decision && (chosen is null || Severity(decision.Action) > Severity(chosen.Value.Decision.Action)))
            {
                chosen = (policy.PluginId, decision);
            }
        }

        if (chosen is not { } winner)
        {
            return (ticket, null);
        }

        var state = new EscalationState
        {
            Action = winner.Decision.Action,
            Tier = winner.Decision.Action == EscalationAction.Escalate ? winner.Decision.Tier ?? ticket.Tier : ticket.Tier,
            Team = winner.Decision.Team,
            Reason = winner.Decision.Reason,
            PluginId = winner.PluginId,
            DecidedAt = request.Now,
            FollowUpAt = winner.Decision.FollowUpAt,
        };
        var updated = ticket with { Escalation = state, Tier = state.Tier };
        if (state.Action == EscalationAction.Keep)
        {
            return (updated, null);
        }

        var escalated = new TicketEscalated
        {
            Id = Ids.New(clock),
            OrganizationId = ticket.OrganizationId,
            TicketId = ticket.Id,
            OccurredAt = request.Now,
            ActorId = winner.PluginId,
            Decision = state,
            PreviousTier = ticket.Tier,
        };
        return (updated, escalated);
    }

    private async Task<EscalationRequest> BuildRequestAsync(Ticket ticket, EscalationTrigger trigger, DomainEvent? triggeringEvent, CancellationToken cancellationToken)
    {
        var repeat = ticket.ContactId is null ? 0 : await CountOthersAsync(ticket, new TicketFilter { ContactId = ticket.ContactId }, cancellationToken);
        var asset = ticket.AssetId is null ? 0 : await CountOthersAsync(ticket, new TicketFilter { AssetId = ticket.AssetId }, cancellationToken);
        return new EscalationRequest
        {
            Ticket = ticket,
            Trigger = trigger,
            Event = triggeringEvent,
            Now = clock.GetUtcNow(),
            RepeatContactCount = repeat,
            AssetTicketCount = asset,
        };
    }

    private async Task<int> CountOthersAsync(Ticket ticket, TicketFilter filter, CancellationToken cancellationToken)
    {
        var count = await tickets.CountAsync(ticket.OrganizationId, filter, cancellationToken);
        var includesSelf = await tickets.FindAsync(ticket.OrganizationId, ticket.Id, cancellationToken) is not null;
        return (int)Math.Max(0, count - (includesSelf ? 1 : 0));
    }

    private static int Severity(EscalationAction action) => action switch
    {
        EscalationAction.Escalate => 4,
        EscalationAction.AlertSupervisor => 3,
        EscalationAction.Warn => 2,
        EscalationAction.ScheduleFollowUp => 1,
        _ => 0,
    };
}
