namespace HelpDesk.Plugins.ReplyReview.Matching;

/// <summary>A weak phrase of one language, as the language tables write it (see <see cref="Patterns"/>).</summary>
/// <param name="Rule">The rule code it belongs to.</param>
/// <param name="Pattern">What to look for.</param>
/// <param name="Why">Why it is weak, in the language of the text.</param>
/// <param name="Instead">The better form, in the language of the text.</param>
internal sealed record Phrase(string Rule, string Pattern, string Why, string Instead)
{
    /// <summary>Gets a pattern that, found after the phrase, makes it acceptable (a concrete time after "ASAP").</summary>
    public string? UnlessFollowedBy { get; init; }

    /// <summary>Gets how many sentences, the phrase's own included, are searched for <see cref="UnlessFollowedBy"/>.</summary>
    public int UnlessWithinSentences { get; init; } = 1;
}
