using System.Text.RegularExpressions;

namespace HelpDesk.Plugins.Tagging.Rules;

/// <summary>
/// Turns a keyword into the pattern it is looked for with. A keyword written in a script with spaces between
/// words (Latin, for example) matches as a whole word or phrase: no letter or digit of such a script may touch
/// it, though Japanese or Chinese text may ("VPNに接続できません" finds "vpn"). A keyword in Japanese or Chinese
/// matches anywhere, since those scripts do not separate words. A <c>*</c> at either end lets the word go on
/// at that end, for compounds and suffixes ("*drucker*" finds "Netzwerkdrucker", "jelsz*" finds "jelszavam").
/// </summary>
internal static class KeywordPattern
{
    private const char OpenEnd = '*';
    private const string UnspacedScripts =
        @"\p{IsHiragana}\p{IsKatakana}\p{IsKatakanaPhoneticExtensions}\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsCJKCompatibilityIdeographs}";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly Regex UnspacedCharacter = new($"[{UnspacedScripts}]", RegexOptions.CultureInvariant);

    /// <summary>A letter or digit of a script that separates words with spaces.</summary>
    private static readonly string SpacedWordCharacter = $@"[\p{{L}}\p{{N}}-[{UnspacedScripts}]]";

    /// <summary>Builds the pattern for a keyword; it is to be matched against <see cref="FoldedText"/>.</summary>
    /// <param name="keyword">The keyword, with an optional <c>*</c> at either end.</param>
    /// <returns>A case-insensitive pattern.</returns>
    /// <exception cref="ArgumentException">The keyword has nothing but spaces and <c>*</c>.</exception>
    public static Regex For(string keyword)
    {
        var folded = FoldedText.Of(keyword).Value.Trim();
        var words = folded.Trim(OpenEnd).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new ArgumentException($"The keyword '{keyword}' has no letters or digits.", nameof(keyword));
        }

        // Spaces inside a phrase match any run of whitespace.
        var body = string.Join(@"\s+", words.Select(Regex.Escape));
        var start = folded[0] == OpenEnd || IsUnspaced(words[0][0]) ? "" : $"(?<!{SpacedWordCharacter})";
        var end = folded[^1] == OpenEnd || IsUnspaced(words[^1][^1]) ? "" : $"(?!{SpacedWordCharacter})";
        return new Regex(start + body + end, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    private static bool IsUnspaced(char character) => UnspacedCharacter.IsMatch(character.ToString());
}
