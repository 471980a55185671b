using HelpDesk.Plugins.Escalation.Targets;
using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>A missed target moves the ticket one tier up.</summary>
internal sealed class TargetMissedRule(TargetKind kind) : IEscalationRule
{
    public string CauseOf(EscalationFacts facts) => $"{facts.KeyOf(kind)}-missed";

    public EscalationDecision? Decide(EscalationFacts facts)
    {
        var progress = facts.Targets.FirstOrDefault(t => t.Kind == kind && t.IsMissed);
        return progress is null ? null : facts.EscalateOneTier($"{Sentence.Capitalize(progress.Describe())} was missed ({progress.DescribeElapsed()})");
    }
}
