namespace HelpDesk.Sdk.Review;

/// <summary>A weak or blaming phrase in a reviewed text, why it is weak and what to write instead.</summary>
public sealed record ReplyFinding
{
    /// <summary>Gets the stable code of the rule that matched (see <see cref="ReplyReviewRules"/>); front ends may key icons or help on it.</summary>
    public required string Rule { get; init; }

    /// <summary>Gets where the phrase starts in the text, in UTF-16 code units (as .NET and JavaScript index strings).</summary>
    public required int Start { get; init; }

    /// <summary>Gets the phrase's length in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>Gets the phrase as it appears in the text.</summary>
    public required string Text { get; init; }

    /// <summary>Gets why the phrase is weak, as a sentence for the agent.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the better form to write instead, in the language of the text; <c>…</c> marks what the agent fills in.</summary>
    public required string Suggestion { get; init; }
}
