using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>A caller who keeps coming back has a problem first level is not solving.</summary>
internal sealed class RepeatContactRule : IEscalationRule
{
    public string CauseOf(EscalationFacts facts) => "repeat-contact";

    public EscalationDecision? Decide(EscalationFacts facts)
    {
        var repeats = facts.Request.RepeatContactCount;
        var threshold = facts.Settings.RepeatContactThreshold;
        return repeats < threshold
            ? null
            : facts.EscalateOneTier($"The caller has {repeats} other recent tickets (limit {threshold})", " to find the underlying problem");
    }
}
