using HelpDesk.Plugins.Tagging.Rules.Keywords;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Plugins.Tagging.Rules;

/// <summary>
/// The built-in keyword rules for service type and category, in English, Dutch, French, German, Japanese and
/// Hungarian. All languages apply to every ticket, so a ticket written in any of them, or mixing them, gets
/// the same labels.
/// </summary>
internal static class BuiltInRules
{
    /// <summary>How sure a keyword match is: a keyword suggests a label, an agent confirms it.</summary>
    public const double Confidence = 0.8;

    private static readonly IReadOnlyDictionary<string, string[]>[] Languages =
    [
        EnglishKeywords.ByTag,
        DutchKeywords.ByTag,
        FrenchKeywords.ByTag,
        GermanKeywords.ByTag,
        JapaneseKeywords.ByTag,
        HungarianKeywords.ByTag,
    ];

    /// <summary>
    /// Gets the rules label by label, in the order the labels are first listed, each with its keywords in every
    /// language; a keyword two languages share is one rule.
    /// </summary>
    public static IReadOnlyList<KeywordRule> All { get; } =
    [
        .. Languages.SelectMany(language => language.Keys).Distinct(StringComparer.Ordinal).SelectMany(tag => Languages
            .SelectMany(language => language.GetValueOrDefault(tag, []))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(keyword => new KeywordRule(keyword, tag, TagSource.Plugin, Confidence))),
    ];
}
