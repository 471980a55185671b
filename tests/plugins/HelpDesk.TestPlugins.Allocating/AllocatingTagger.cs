using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.TestPlugins.Allocating;

/// <summary>
/// A tagger that keeps allocating (and touching) 16 MB blocks and holds on to them, ignoring cancellation, until the
/// runtime refuses or <c>limitMegabytes</c> is reached (a safety net for machines without a heap limit).
/// </summary>
public sealed class AllocatingTagger : ITagger
{
    private const int BlockBytes = 16 * 1024 * 1024;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        var blocks = new List<byte[]>();
        var limit = context.Settings.Get("limitMegabytes", 8192) / 16;
        while (blocks.Count < limit)
        {
            var block = new byte[BlockBytes];
            Array.Fill(block, (byte)blocks.Count);
            blocks.Add(block);
        }

        return ValueTask.FromResult<IReadOnlyList<TagProposal>>([new TagProposal { Name = $"test:allocated-{blocks.Count * 16}mb", Reason = "survived" }]);
    }
}
