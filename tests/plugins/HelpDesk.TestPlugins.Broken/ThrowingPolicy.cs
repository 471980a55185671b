using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.TestPlugins.Broken;

/// <summary>An escalation policy that fails as it is constructed.</summary>
public sealed class ThrowingPolicy : IEscalationPolicy
{
    /// <summary>Always throws.</summary>
    /// <exception cref="InvalidOperationException">Always.</exception>
    public ThrowingPolicy() => throw new InvalidOperationException("The policy's rule table is corrupt.");

    /// <inheritdoc />
    public ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(EscalationDecision.Keep("never reached"));
}
