using HelpDesk.Engine.Escalation;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>
/// Evaluates the organisation's escalation policies for a ticket and records the most severe decision on it.
/// </summary>
public sealed class TicketEscalation(
    DeskPlugins plugins, PluginInvoker invoker, ITicketStore tickets, IOrganizationStore organizations, IPromiseStore promises, TimeProvider clock)
{
    /// <summary>How far back other tickets of the same caller or unit count as recent.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(90);

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
        var choice = await DecideAsync(policies, ticket, trigger, triggeringEvent, null, cancellationToken);
        return choice is null ? (ticket, null) : Record(ticket, choice);
    }

    /// <summary>Asks the given policies about a ticket now, without changing it.</summary>
    /// <param name="policies">The organisation's policies.</param>
    /// <param name="ticket">The ticket as it is now.</param>
    /// <param name="trigger">Why the policies are evaluated.</param>
    /// <param name="triggeringEvent">The event, when triggered by one.</param>
    /// <param name="timeZone">The organisation's time zone when the caller knows it; read from the store otherwise.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The most severe decision, or <see langword="null"/> when no policy answered.</returns>
    public async Task<EscalationChoice?> DecideAsync(
        IReadOnlyList<ActiveComponent<IEscalationPolicy>> policies,
        Ticket ticket,
        EscalationTrigger trigger,
        DomainEvent? triggeringEvent,
        string? timeZone,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(ticket);
        if (policies.Count == 0)
        {
            return null;
        }

        var request = await BuildRequestAsync(ticket, trigger, triggeringEvent, timeZone, cancellationToken);
        return await ChooseAsync(policies, request, cancellationToken);
    }

    /// <summary>Asks each policy and keeps the most severe decision; a policy that fails is left out.</summary>
    /// <param name="policies">The policies.</param>
    /// <param name="request">What to ask.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The most severe decision, or <see langword="null"/> when no policy answered.</returns>
    public async Task<EscalationChoice?> ChooseAsync(IReadOnlyList<ActiveComponent<IEscalationPolicy>> policies, EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(request);
        EscalationChoice? chosen = null;
        foreach (var policy in policies)
        {
            var result = await invoker.InvokeAsync(policy, (p, ct) => p.EvaluateAsync(request, policy.Context, ct), cancellationToken);
            if (result.Value is { } decision && (chosen is null || Severity(decision.Action) > Severity(chosen.Decision.Action)))
            {
                chosen = new(policy.PluginId, decision, request.Now);
            }
        }

        return chosen;
    }

    /// <summary>Records a decision on a ticket: its state and tier, and an event unless it keeps the ticket as it is.</summary>
    /// <param name="ticket">The ticket to record it on.</param>
    /// <param name="choice">The decision.</param>
    /// <returns>The ticket with the decision, and the event.</returns>
    public (Ticket Ticket, TicketEscalated? Event) Record(Ticket ticket, EscalationChoice choice)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(choice);
        var decision = choice.Decision;
        var state = new EscalationState
        {
            Action = decision.Action,
            Tier = decision.Action == EscalationAction.Escalate ? decision.Tier ?? ticket.Tier : ticket.Tier,
            Team = decision.Team,
            Reason = decision.Reason,
            PluginId = choice.PluginId,
            DecidedAt = choice.DecidedAt,
            FollowUpAt = decision.FollowUpAt,
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
            OccurredAt = choice.DecidedAt,
            ActorId = choice.PluginId,
            Decision = state,
            PreviousTier = ticket.Tier,
        };
        return (updated, escalated);
    }

    private async Task<EscalationRequest> BuildRequestAsync(
        Ticket ticket, EscalationTrigger trigger, DomainEvent? triggeringEvent, string? timeZone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await tickets.FindAsync(ticket.OrganizationId, ticket.Id, cancellationToken);
        var recent = now - RecentWindow;
        var storedIsRecent = stored is not null && stored.UpdatedAt > recent;
        var repeat = ticket.ContactId is null ? 0 : await CountOthersAsync(ticket, storedIsRecent && stored!.ContactId == ticket.ContactId, new TicketFilter { ContactId = ticket.ContactId, UpdatedAfter = recent }, cancellationToken);
        var asset = ticket.AssetId is null ? 0 : await CountOthersAsync(ticket, storedIsRecent && stored!.AssetId == ticket.AssetId, new TicketFilter { AssetId = ticket.AssetId, UpdatedAfter = recent }, cancellationToken);
        var similar = 0;
        foreach (var category in ticket.Tags.Select(t => t.Name).Where(SimilarTickets.IsCategory))
        {
            var storedMatches = stored is not null && SimilarTickets.IsOpen(stored) && stored.HasTag(category);
            var filter = new TicketFilter { Statuses = SimilarTickets.OpenStatuses, Tags = [category] };
            similar = Math.Max(similar, await CountOthersAsync(ticket, storedMatches, filter, cancellationToken));
        }

        return new EscalationRequest
        {
            Ticket = ticket,
            Trigger = trigger,
            Event = triggeringEvent,
            Now = now,
            TimeZone = timeZone ?? (await organizations.FindAsync(ticket.OrganizationId, cancellationToken))?.TimeZone ?? "UTC",
            RepeatContactCount = repeat,
            AssetTicketCount = asset,
            SimilarOpenTicketCount = similar,
            OverduePromiseCount = await CountOverduePromisesAsync(ticket, now, cancellationToken),
        };
    }

    private async Task<int> CountOthersAsync(Ticket ticket, bool countsSelf, TicketFilter filter, CancellationToken cancellationToken)
    {
        var count = await tickets.CountAsync(ticket.OrganizationId, filter, cancellationToken);
        return (int)Math.Max(0, count - (countsSelf ? 1 : 0));
    }

    /// <summary>Promises of the ticket past their due time and neither kept nor broken – marked overdue or not yet.</summary>
    private async Task<int> CountOverduePromisesAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await promises.ListForTicketsAsync(ticket.OrganizationId, [ticket.Id], cancellationToken))
            .Count(p => p.Status == PromiseStatus.Overdue || (p.Status == PromiseStatus.Open && p.DueAt <= now));

    private static int Severity(EscalationAction action) => action switch
    {
        EscalationAction.Escalate => 4,
        EscalationAction.AlertSupervisor => 3,
        EscalationAction.Warn => 2,
        EscalationAction.ScheduleFollowUp => 1,
        _ => 0,
    };
}
