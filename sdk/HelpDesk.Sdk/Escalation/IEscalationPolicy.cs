using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Escalation;

/// <summary>
/// Decides whether a ticket stays where it is, escalates, alerts a supervisor or needs a follow-up.
/// Evaluated after every ticket event and on the host's timer for open tickets; the decision is
/// recorded on the ticket with its reason.
/// </summary>
public interface IEscalationPolicy
{
    /// <summary>Evaluates a ticket.</summary>
    /// <param name="request">The ticket and the facts about it.</param>
    /// <param name="context">The organisation's context for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The decision; <see cref="EscalationDecision.Keep"/> when nothing should change.</returns>
    ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken);
}
