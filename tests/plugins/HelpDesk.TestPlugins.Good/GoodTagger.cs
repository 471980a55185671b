using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.TestPlugins.Good;

/// <summary>Labels every ticket with the configured label.</summary>
public sealed class GoodTagger : ITagger
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        var label = context.Settings.Get("label", "test:good");
        return ValueTask.FromResult<IReadOnlyList<TagProposal>>([new TagProposal { Name = label, Reason = "test plugin" }]);
    }
}
