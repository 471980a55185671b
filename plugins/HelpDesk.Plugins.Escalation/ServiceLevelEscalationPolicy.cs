using HelpDesk.Plugins.Escalation.Rules;
using HelpDesk.Plugins.Escalation.Targets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Escalation;

/// <summary>
/// Escalates by service level and by the signals the call-handling guides name. In order: suspected major
/// incidents go to the incident team; an urgent ticket alerts a supervisor as it is opened; a missed first
/// response or resolution target moves the ticket one tier up; so do too many transfers and a caller who keeps
/// coming back; a target that is nearly used up gives a warning. Each cause acts once per ticket (remembered in
/// the plugin's store) so timer ticks do not repeat it; otherwise the ticket is kept, with its figures as reason.
/// </summary>
public sealed class ServiceLevelEscalationPolicy : IEscalationPolicy
{
    private static readonly IEscalationRule[] Rules =
    [
        new MajorIncidentRule(),
        new UrgentOpenedRule(),
        new TargetMissedRule(TargetKind.FirstResponse),
        new TargetMissedRule(TargetKind.Resolution),
        new TransferLimitRule(),
        new RepeatContactRule(),
        new TargetWarningRule(TargetKind.FirstResponse),
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
        var facts = new EscalationFacts(request, settings, TargetProgress.Measure(ticket, request.Now, settings.Targets[ticket.Priority]));
        var actedOn = await memory.LoadAsync(cancellationToken);
        foreach (var rule in Rules.Where(r => !actedOn.Contains(r.Cause)))
        {
            if (rule.Decide(facts) is { } decision)
            {
                actedOn.Add(rule.Cause);
                await memory.RememberAsync(actedOn, cancellationToken);
                return decision;
            }
        }

        return EscalationDecision.Keep(KeepReason.For(facts, actedOn));
    }
}
