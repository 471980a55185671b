using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Engine.Tests;

/// <summary>A tagger proposing fixed labels; the label setting, when set, is proposed too.</summary>
internal sealed class FixedTagger(params (string Name, double Confidence)[] labels) : ITagger
{
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TagProposal>>(
            [.. labels.Select(l => new TagProposal { Name = l.Name, Confidence = l.Confidence }), new TagProposal { Name = context.Settings.Get("label", "none") }]);
}

/// <summary>A tagger that always fails.</summary>
internal sealed class ThrowingTagger : ITagger
{
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("tagger exploded");
}

/// <summary>A policy answering with a fixed action.</summary>
internal sealed class FixedPolicy(EscalationAction action, SupportTier? tier = null) : IEscalationPolicy
{
    public ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EscalationDecision { Action = action, Tier = tier, Reason = $"{context.PluginId} says {action} at {request.Now:HH:mm}" });
}
