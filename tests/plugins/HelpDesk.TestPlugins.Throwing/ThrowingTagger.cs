using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.TestPlugins.Throwing;

/// <summary>A tagger that is constructed fine and fails every time it is asked.</summary>
public sealed class ThrowingTagger : ITagger
{
    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">Always.</exception>
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The tagging rules could not be read.");
}
