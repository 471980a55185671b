using HelpDesk.Plugins.Escalation.Targets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>What the rules weigh: the request, the organisation's settings and the targets still running.</summary>
internal sealed record EscalationFacts(EscalationRequest Request, EscalationSettings Settings, IReadOnlyList<TargetProgress> Targets)
{
    public Ticket Ticket => Request.Ticket;

    public string PriorityName => Ticket.Priority.ToString().ToLowerInvariant();

    /// <summary>Gets the key a target's causes are remembered by: the running target's own key, else the kind's.</summary>
    public string KeyOf(TargetKind kind) => Targets.FirstOrDefault(t => t.Kind == kind)?.Key ?? TargetProgress.KeyOf(kind);

    /// <summary>Moves the ticket one tier up, or alerts a supervisor when there is no tier above it.</summary>
    public EscalationDecision EscalateOneTier(string why, string purpose = "")
    {
        var current = Ticket.Tier;
        return Tiers.Next(current) is { } next
            ? EscalationDecision.EscalateTo(next, $"{why}: escalating from {Tiers.Describe(current)} to {Tiers.Describe(next)}{purpose}.")
            : new EscalationDecision
            {
                Action = EscalationAction.AlertSupervisor,
                Reason = $"{why}: the ticket is already at {Tiers.Describe(current)}, so a supervisor is alerted{purpose}.",
            };
    }
}
