using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// The <c>searchKeys</c> array of contacts, assets and tickets: the lower-cased texts a list's text filter looks in, and
/// the pattern that looks. Lower-casing both sides in .NET, rather than a case-insensitive pattern, makes the server match
/// exactly what the embedded store matches.
/// </summary>
internal static class SearchKeys
{
    /// <summary>The stored array: the texts given, lower-cased and distinct; absent (null) texts are left out.</summary>
    public static BsonArray Of(params IEnumerable<string?> texts) =>
        new(texts.OfType<string>().Select(Key).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// A pattern matching any key that contains the text. Every metacharacter is escaped (<see cref="RegexText"/>), so
    /// <c>a.b*</c> finds <c>a.b*</c> and nothing else; on an array, a regular expression matches when any element does,
    /// so one condition covers every key and needs no <c>$or</c>.
    /// </summary>
    public static BsonRegularExpression Containing(string text) => new(RegexText.Literal(Key(text)));

    private static string Key(string text) => text.ToLowerInvariant();
}
