using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.TestPlugins.Hanging;

/// <summary>
/// A tagger that blocks the calling thread before it ever awaits, and ignores its cancellation token: the worst kind of
/// hang (sync-over-async gone wrong). It gives up after <c>hangSeconds</c> so test processes do not keep the thread forever.
/// </summary>
public sealed class HangingTagger : ITagger
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        Thread.Sleep(TimeSpan.FromSeconds(context.Settings.Get("hangSeconds", 30)));
        return ValueTask.FromResult<IReadOnlyList<TagProposal>>([new TagProposal { Name = "test:hanging", Reason = "answered far too late" }]);
    }
}
