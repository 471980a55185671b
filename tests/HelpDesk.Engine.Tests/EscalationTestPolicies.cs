using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

/// <summary>
/// A 60-minute first response target: warns from minute 48, escalates to second level from minute 60, each once per
/// ticket, remembered in the plugin's store. Reads the request's time, as policies must.
/// </summary>
internal sealed class FirstResponseTargetPolicy : IEscalationPolicy
{
    public async ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        var ticket = request.Ticket;
        var key = $"acted/{ticket.Id}";
        var acted = await context.Store.GetAsync(key, cancellationToken) ?? "";
        var minutes = (int)(request.Now - ticket.CreatedAt).TotalMinutes;
        if (ticket.FirstRepliedAt is null && minutes >= 60 && !acted.Contains("escalated", StringComparison.Ordinal))
        {
            await context.Store.SetAsync(key, acted + "escalated;", cancellationToken);
            return EscalationDecision.EscalateTo(SupportTier.SecondLevel, $"No reply after {minutes} minutes.");
        }

        if (ticket.FirstRepliedAt is null && minutes >= 48 && acted.Length == 0)
        {
            await context.Store.SetAsync(key, "warned;", cancellationToken);
            return new EscalationDecision { Action = EscalationAction.Warn, Reason = $"{minutes} of 60 minutes used without a reply." };
        }

        return EscalationDecision.Keep($"{minutes} minutes open.");
    }
}

/// <summary>Fails for one organisation, as a plugin with a bug would; answers like <see cref="FirstResponseTargetPolicy"/> for the others.</summary>
internal sealed class FailingForOnePolicy(string failingOrganizationId) : IEscalationPolicy
{
    private readonly FirstResponseTargetPolicy inner = new();

    public ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        context.OrganizationId == failingOrganizationId
            ? throw new InvalidOperationException("policy exploded")
            : inner.EvaluateAsync(request, context, cancellationToken);
}

/// <summary>On its first timer check, lets an agent change the ticket before answering, as a concurrent request would.</summary>
internal sealed class AgentActsMeanwhilePolicy(Func<Ticket, Task> agentChange) : IEscalationPolicy
{
    private int timerChecks;

    public async ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        if (request.Trigger != EscalationTrigger.Timer)
        {
            return EscalationDecision.Keep("Nothing to do on events.");
        }

        if (Interlocked.Increment(ref timerChecks) == 1)
        {
            await agentChange(request.Ticket);
            return EscalationDecision.EscalateTo(SupportTier.ThirdLevel, "Checked by the timer.");
        }

        return EscalationDecision.Keep("Already escalated.");
    }
}
