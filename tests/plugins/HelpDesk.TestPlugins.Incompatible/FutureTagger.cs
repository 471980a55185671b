using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.TestPlugins.Incompatible;

/// <summary>Would tag tickets, but its plugin claims a newer SDK and is never loaded.</summary>
public sealed class FutureTagger : ITagger
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TagProposal>>([new TagProposal { Name = "test:future" }]);
}
