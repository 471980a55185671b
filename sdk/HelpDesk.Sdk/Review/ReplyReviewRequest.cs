using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Review;

/// <summary>A text an agent is writing, to be reviewed.</summary>
public sealed record ReplyReviewRequest
{
    /// <summary>Gets the text as typed so far; offsets in the review refer to it.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the BCP 47 language the text is written in (for example <c>en</c>, <c>nl</c>, <c>ja</c>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// Gets whether the text is a reply the caller will read or an internal note for other agents;
    /// a reviewer may skip rules that only matter when speaking to the caller.
    /// </summary>
    public NoteKind Kind { get; init; } = NoteKind.Reply;
}
