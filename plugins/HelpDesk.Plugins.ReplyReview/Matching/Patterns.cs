using System.Text.RegularExpressions;

namespace HelpDesk.Plugins.ReplyReview.Matching;

/// <summary>
/// Turns the readable patterns of the language tables into compiled expressions, once per language:
/// a space stands for any run of whitespace, an apostrophe for a straight or curly one, and in
/// <see cref="WordMatching.WholeWords"/> scripts no letter or digit may touch the match on either side.
/// Each expression is run once as it is built, so its code is compiled before the first review needs it.
/// </summary>
internal static class Patterns
{
    // Only a guard against a runaway match: the patterns have bounded repetition, and a busy machine must not fail a review.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private const string WarmUpText = "The pattern runs once on this text, so its code is compiled before the first review.";

    /// <summary>Compiles a table pattern for a script.</summary>
    public static Regex Compile(string pattern, WordMatching matching)
    {
        var body = pattern.Replace(" ", @"\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal);
        var full = matching == WordMatching.WholeWords ? $@"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])" : body;
        var regex = new Regex(full, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        _ = regex.IsMatch(WarmUpText);
        return regex;
    }

    /// <summary>Finds where the first match starts, without allocating.</summary>
    public static int FirstIndex(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            return match.Index;
        }

        return int.MaxValue;
    }
}
