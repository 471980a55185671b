namespace HelpDesk.Plugins.ReplyReview.Questions;

/// <summary>How one language marks open and closed questions, as the language tables write it.</summary>
/// <param name="Open">Question words that open a question (what, why, how …).</param>
/// <param name="Closed">Words that open a yes/no question (have, did, do, can …); null when the language has none to look for.</param>
/// <param name="Invitations">Phrases that invite the caller to talk wherever they stand ("tell me what …", "describe …").</param>
internal sealed record QuestionWords(string Open, string? Closed, string Invitations)
{
    /// <summary>Gets whether a sentence ending in the particle か (before 。 or at the end) is a question too.</summary>
    public bool KaEndsQuestion { get; init; }
}
