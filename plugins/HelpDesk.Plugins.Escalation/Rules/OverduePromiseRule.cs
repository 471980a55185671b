using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>
/// A promise to the caller that passed its due time breaks the caller's trust: a supervisor is alerted so the caller
/// hears from the desk now. Each further overdue promise alerts again.
/// </summary>
internal sealed class OverduePromiseRule : IEscalationRule
{
    /// <inheritdoc />
    public string CauseOf(EscalationFacts facts) => $"overdue-promises-{facts.Request.OverduePromiseCount}";

    /// <inheritdoc />
    public EscalationDecision? Decide(EscalationFacts facts)
    {
        var overdue = facts.Request.OverduePromiseCount;
        if (overdue == 0 || !facts.Settings.AlertSupervisorOnOverduePromise)
        {
            return null;
        }

        var promises = overdue == 1 ? "1 promise made to the caller is" : $"{overdue} promises made to the caller are";
        return new EscalationDecision
        {
            Action = EscalationAction.AlertSupervisor,
            Reason = $"{promises} past the due time: a supervisor is alerted so the caller hears from the desk now.",
        };
    }
}
