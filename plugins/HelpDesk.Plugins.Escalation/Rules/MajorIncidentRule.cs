using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>Many similar open tickets at once point to a major incident: the incident team takes them.</summary>
internal sealed class MajorIncidentRule : IEscalationRule
{
    public string CauseOf(EscalationFacts facts) => "major-incident";

    public EscalationDecision? Decide(EscalationFacts facts)
    {
        var similar = facts.Request.SimilarOpenTicketCount;
        var threshold = facts.Settings.MajorIncidentThreshold;
        return similar < threshold ? null : new EscalationDecision
        {
            Action = EscalationAction.Escalate,
            Team = facts.Settings.IncidentTeam,
            Reason = $"{similar} similar tickets are open (major incident threshold {threshold}): sending this ticket to the {facts.Settings.IncidentTeam} team as part of a major incident.",
        };
    }
}
