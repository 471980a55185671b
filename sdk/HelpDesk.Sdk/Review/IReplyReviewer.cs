using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Review;

/// <summary>
/// Reviews what an agent is writing – a reply to the caller or an internal note – for weak or blaming
/// language, and classifies its questions as open or closed. The host calls it while the agent types,
/// possibly on every keystroke: it must answer within milliseconds and must not call out of the process.
/// </summary>
public interface IReplyReviewer
{
    /// <summary>Reviews a text.</summary>
    /// <param name="request">The text, its language and whether the caller will read it.</param>
    /// <param name="context">The organisation's context for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The findings and questions; empty lists when the text has none.</returns>
    ValueTask<ReplyReview> ReviewAsync(ReplyReviewRequest request, IPluginContext context, CancellationToken cancellationToken);
}
