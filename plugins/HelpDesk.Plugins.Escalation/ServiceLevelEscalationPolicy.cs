using HelpDesk.Plugins.Escalation.Hours;
using HelpDesk.Plugins.Escalation.Rules;
using HelpDesk.Plugins.Escalation.Targets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Escalation;

/// <summary>
/// Escalates by service level and by the signals the call-handling guides name. In order: suspected major
/// incidents go to the incident team; an urgent ticket alerts a supervisor as it is opened; a unit with many
/// recent tickets (a lemon) goes to the vendor; a promise to the caller
/// past its due time alerts a supervisor; a missed first response, resolution or update interval target
/// moves the ticket one tier up; so do too many transfers and a caller who keeps coming back; a target that is
/// nearly used up gives a warning. Targets count business minutes: the organisation's opening hours, read in its
/// time zone. Each cause acts once per ticket (remembered in the plugin's store) so timer ticks do not repeat it;
/// otherwise the ticket is kept, with its figures as reason. Time is the request's, never the wall clock's, so a
/// simulation of a ticket's history gets the answers the policy would have given then.
/// </summary>
public sealed class ServiceLevelEscalationPolicy : IEscalationPolicy
{
    private static readonly IEscalationRule[] Rules =
    [
        new MajorIncidentRule(),
        new UrgentOpenedRule(),
        new LemonAssetRule(),
        new OverduePromiseRule(),
        new TargetMissedRule(TargetKind.FirstResponse),
        new TargetMissedRule(TargetKind.Resolution),
        new TargetMissedRule(TargetKind.UpdateInterval),
        new TransferLimitRule(),
        new RepeatContactRule(),
        new TargetWarningRule(TargetKind.FirstResponse),
        new TargetWarningRule(TargetKind.UpdateInterval),
        new TargetWarningRule(TargetKind.Resolution),
    ];

    /// <inheritdoc />
    public async ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var ticket = request.Ticket;
        var memory = new EscalationMemory(context.Store, ticket.Id);
        if (ticket.Status is TicketStatus.Resolved or TicketStatus.Closed)
        {
            await memory.ForgetAsync(cancellationToken);
            return EscalationDecision.Keep($"The ticket is {ticket.Status.ToString().ToLowerInvariant()}; its targets no longer apply.");
        }

        var settings = EscalationSettings.Read(context.Settings);
        var clock = new BusinessClock(settings.Schedule, OrganizationTimeZone.Find(request.TimeZone, context));
        var facts = new EscalationFacts(request, settings, TargetProgress.Measure(ticket, request.Now, settings.Targets[ticket.Priority], clock));
        var actedOn = await memory.LoadAsync(cancellationToken);
        var forgotten = actedOn.RemoveWhere(cause => TargetProgress.IsEarlierUpdateInterval(cause, facts.Targets)) > 0;
        foreach (var rule in Rules)
        {
            var cause = rule.CauseOf(facts);
            if (!actedOn.Contains(cause) && rule.Decide(facts) is { } decision)
            {
                actedOn.Add(cause);
                await memory.RememberAsync(actedOn, cancellationToken);
                return decision;
            }
        }

        if (forgotten)
        {
            await memory.RememberAsync(actedOn, cancellationToken);
        }

        return EscalationDecision.Keep(KeepReason.For(facts, actedOn));
    }
}
