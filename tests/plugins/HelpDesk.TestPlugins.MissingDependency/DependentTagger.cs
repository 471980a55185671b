using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;
using HelpDesk.TestPlugins.Dependency;

namespace HelpDesk.TestPlugins.MissingDependency;

/// <summary>A tagger built on a base class from a dependency assembly.</summary>
public sealed class DependentTagger : TaggerBase, ITagger
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TagProposal>>([new TagProposal { Name = Label }]);
}
