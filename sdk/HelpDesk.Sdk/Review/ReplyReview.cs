namespace HelpDesk.Sdk.Review;

/// <summary>What a reviewer found in a text: weak or blaming phrases, and the questions asked.</summary>
public sealed record ReplyReview
{
    /// <summary>Gets the language whose rules were applied; a reviewer that does not know the requested language names the one it used instead.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the weak or blaming phrases, ordered by <see cref="ReplyFinding.Start"/>.</summary>
    public IReadOnlyList<ReplyFinding> Findings { get; init; } = [];

    /// <summary>Gets the questions in the text, ordered by <see cref="ReplyQuestion.Start"/>.</summary>
    public IReadOnlyList<ReplyQuestion> Questions { get; init; } = [];
}
