using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>A ticket passed around too often needs an owner higher up, not another transfer.</summary>
internal sealed class TransferLimitRule : IEscalationRule
{
    public string CauseOf(EscalationFacts facts) => "transfers";

    public EscalationDecision? Decide(EscalationFacts facts)
    {
        var transfers = Math.Max(facts.Ticket.TransferCount, (facts.Request.Event as TicketTransferred)?.TransferCount ?? 0);
        var limit = facts.Settings.MaxTransfers;
        return transfers < limit
            ? null
            : facts.EscalateOneTier($"The ticket was transferred {transfers} times (limit {limit})", " so it gets an owner instead of another transfer");
    }
}
