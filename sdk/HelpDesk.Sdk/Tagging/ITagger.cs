using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Tagging;

/// <summary>
/// Proposes labels for a ticket when it is opened or a note is added. The host adds proposals
/// the ticket does not carry yet, keeping for each label the most confident proposal.
/// </summary>
public interface ITagger
{
    /// <summary>Proposes labels.</summary>
    /// <param name="request">The ticket, and the note that triggered tagging if any.</param>
    /// <param name="context">The organisation's context for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The proposals; empty when none apply.</returns>
    ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken);
}
