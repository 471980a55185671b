using System.Text;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Turns user text into a regular expression that matches exactly that text, for the server's <c>$regex</c>.</summary>
internal static class RegexText
{
    // PCRE's metacharacters outside a character class. A backslash before any other punctuation would be harmless too,
    // but escaping only these keeps the stored pattern readable.
    private const string Metacharacters = @"\^$.|?*+()[]{}";

    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = new StringBuilder(text.Length * 2);
        foreach (var character in text)
        {
            if (Metacharacters.Contains(character, StringComparison.Ordinal))
            {
                pattern.Append('\\');
            }

            pattern.Append(character);
        }

        return pattern.ToString();
    }
}
