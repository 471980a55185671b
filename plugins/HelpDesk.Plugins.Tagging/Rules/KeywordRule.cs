using System.Text.RegularExpressions;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Plugins.Tagging.Rules;

/// <summary>A keyword, matched as a whole word or phrase regardless of case, and the label it proposes.</summary>
internal sealed class KeywordRule
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private readonly Regex pattern;

    public KeywordRule(string keyword, string tag, TagSource source, double confidence)
    {
        Keyword = keyword.Trim();
        Tag = tag.Trim().ToLowerInvariant();
        Source = source;
        Confidence = confidence;

        // Letters or digits may not touch the keyword on either side; spaces inside a phrase match any whitespace.
        var body = string.Join(@"\s+", Keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        pattern = new Regex($@"(?<![\p{{L}}\p{{N}}]){body}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    public string Keyword { get; }

    public string Tag { get; }

    public TagSource Source { get; }

    public double Confidence { get; }

    public bool Matches(string text) => text.Length > 0 && pattern.IsMatch(text);
}
