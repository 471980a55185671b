using System.Text.RegularExpressions;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Plugins.Tagging.Rules;

/// <summary>A keyword, matched regardless of case and accents as <see cref="KeywordPattern"/> describes, and the label it proposes.</summary>
internal sealed class KeywordRule
{
    private readonly Regex pattern;

    /// <summary>Creates a rule.</summary>
    /// <param name="keyword">The keyword or phrase, with an optional <c>*</c> at either end.</param>
    /// <param name="tag">The label it proposes; stored in lower case.</param>
    /// <param name="source">Whether the rule is the organisation's own or built in.</param>
    /// <param name="confidence">How sure a match is, from 0 to 1.</param>
    public KeywordRule(string keyword, string tag, TagSource source, double confidence)
    {
        Keyword = keyword.Trim();
        Tag = tag.Trim().ToLowerInvariant();
        Source = source;
        Confidence = confidence;
        pattern = KeywordPattern.For(Keyword);
    }

    /// <summary>Gets the keyword as it was written, for the reason given with the label.</summary>
    public string Keyword { get; }

    /// <summary>Gets the label the keyword proposes.</summary>
    public string Tag { get; }

    /// <summary>Gets where the rule comes from.</summary>
    public TagSource Source { get; }

    /// <summary>Gets how sure a match is.</summary>
    public double Confidence { get; }

    /// <summary>Tells whether the keyword occurs in a text.</summary>
    /// <param name="text">The text, folded.</param>
    /// <returns><see langword="true"/> when the keyword occurs.</returns>
    public bool Matches(FoldedText text) => text.Value.Length > 0 && pattern.IsMatch(text.Value);
}
