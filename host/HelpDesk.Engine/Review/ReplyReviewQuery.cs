using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Review;

/// <summary>What an agent console asks to have reviewed while the agent types.</summary>
public sealed record ReplyReviewQuery
{
    /// <summary>Gets the text as typed so far.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the BCP 47 language of the text; the organisation's first language when not given or not a language tag.</summary>
    public string? Language { get; init; }

    /// <summary>Gets whether the text is a reply to the caller or an internal note.</summary>
    public NoteKind Kind { get; init; } = NoteKind.Reply;
}
