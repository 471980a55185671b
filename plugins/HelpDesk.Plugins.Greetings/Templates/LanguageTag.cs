namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>Reduces a BCP 47 language tag to the primary language the scripts are keyed by.</summary>
internal static class LanguageTag
{
    /// <summary>Gets the primary language in lower case: <c>nl-BE</c> and <c>NL</c> both give <c>nl</c>.</summary>
    public static string Primary(string? tag)
    {
        var trimmed = tag?.Trim() ?? "";
        var end = trimmed.IndexOfAny(['-', '_']);
        return (end < 0 ? trimmed : trimmed[..end]).ToLowerInvariant();
    }
}
