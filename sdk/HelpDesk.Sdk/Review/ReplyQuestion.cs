namespace HelpDesk.Sdk.Review;

/// <summary>A question in a reviewed text, classified as open or closed.</summary>
public sealed record ReplyQuestion
{
    /// <summary>Gets where the question starts in the text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Gets the question's length in UTF-16 code units, its question mark included.</summary>
    public required int Length { get; init; }

    /// <summary>Gets the question as it appears in the text.</summary>
    public required string Text { get; init; }

    /// <summary>Gets whether the question invites the caller to talk or asks for a short fact.</summary>
    public required QuestionKind Kind { get; init; }
}
