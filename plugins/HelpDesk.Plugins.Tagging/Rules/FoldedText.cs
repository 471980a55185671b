using System.Globalization;
using System.Text;

namespace HelpDesk.Plugins.Tagging.Rules;

/// <summary>
/// Text brought to one form before keywords are looked for in it, so that the way a word was typed does not
/// decide whether it matches: full-width letters and half-width kana become their ordinary forms (NFKC),
/// curly apostrophes become straight ones, and accents on Latin letters are dropped ("reseau" finds "réseau").
/// Marks on other scripts, such as the Japanese voicing marks, are kept.
/// </summary>
/// <param name="Value">The folded text.</param>
internal readonly record struct FoldedText(string Value)
{
    private const string Apostrophes = "\u2018\u2019\u02BC\u0060";

    /// <summary>Folds a text.</summary>
    /// <param name="text">The text as it was typed.</param>
    /// <returns>The folded text.</returns>
    public static FoldedText Of(string? text)
    {
        var decomposed = (text ?? "").Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (IsMark(character) && folded.Length > 0 && IsLatinLetter(folded[^1]))
            {
                continue;
            }

            folded.Append(Apostrophes.Contains(character, StringComparison.Ordinal) ? '\'' : character);
        }

        return new(folded.ToString().Normalize(NormalizationForm.FormC));
    }

    private static bool IsMark(char character) => CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark;

    private static bool IsLatinLetter(char character) =>
        char.IsLetter(character) && (character <= '\u024F' || character is >= '\u1E00' and <= '\u1EFF');
}
