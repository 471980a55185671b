using HelpDesk.Plugins.Escalation.Targets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>A target that is nearly used up is flagged while it can still be met.</summary>
internal sealed class TargetWarningRule(TargetKind kind) : IEscalationRule
{
    public string CauseOf(EscalationFacts facts) => $"{facts.KeyOf(kind)}-warning";

    public EscalationDecision? Decide(EscalationFacts facts)
    {
        var progress = facts.Targets.FirstOrDefault(t => t.Kind == kind && !t.IsMissed && t.Percent >= facts.Settings.WarnAtPercent);
        if (progress is null)
        {
            return null;
        }

        return new EscalationDecision
        {
            Action = EscalationAction.Warn,
            Reason = $"{(int)Math.Floor(progress.Percent)} % of {progress.Describe()} is used ({progress.DescribeElapsed()}); {progress.ToDo} within {progress.DescribeTimeLeft()} to meet it.",
        };
    }
}
