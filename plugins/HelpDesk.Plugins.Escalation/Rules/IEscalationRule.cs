using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>One reason to act on a ticket. Each cause acts at most once per ticket until it is resolved.</summary>
internal interface IEscalationRule
{
    /// <summary>Gets the name the cause is remembered by once it has acted on a ticket.</summary>
    string CauseOf(EscalationFacts facts);

    /// <summary>Decides whether the rule applies to the ticket now.</summary>
    /// <returns>The decision, or <see langword="null"/> when the rule does not apply.</returns>
    EscalationDecision? Decide(EscalationFacts facts);
}
