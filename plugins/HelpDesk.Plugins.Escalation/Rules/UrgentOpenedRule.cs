using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>
/// An urgent ticket's first response target is minutes, not hours: a supervisor is alerted the moment it is
/// opened so someone owns it before the target is at risk, rather than waiting for the warning.
/// </summary>
internal sealed class UrgentOpenedRule : IEscalationRule
{
    public string CauseOf(EscalationFacts facts) => "urgent-opened";

    public EscalationDecision? Decide(EscalationFacts facts)
    {
        if (!facts.Settings.AlertSupervisorOnUrgent || facts.Ticket.Priority != TicketPriority.Urgent || facts.Request.Event is not TicketOpened)
        {
            return null;
        }

        var minutes = facts.Settings.Targets[TicketPriority.Urgent].FirstResponseMinutes;
        return new EscalationDecision
        {
            Action = EscalationAction.AlertSupervisor,
            Reason = $"Urgent ticket opened: alerting a supervisor at once so the {minutes}-minute first response target for urgent priority can be met.",
        };
    }
}
