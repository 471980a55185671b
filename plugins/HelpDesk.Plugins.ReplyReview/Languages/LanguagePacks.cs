namespace HelpDesk.Plugins.ReplyReview.Languages;

/// <summary>Finds the pack for a BCP 47 tag by its primary subtag (<c>nl-BE</c> → Dutch); English for languages it does not know.</summary>
internal static class LanguagePacks
{
    /// <summary>Gets the pack for a language tag.</summary>
    public static LanguagePack For(string? tag)
    {
        var primary = tag.AsSpan();
        var separator = primary.IndexOfAny('-', '_');
        if (separator >= 0)
        {
            primary = primary[..separator];
        }

        return primary switch
        {
            _ when primary.Equals("nl", StringComparison.OrdinalIgnoreCase) => Dutch.Pack,
            _ when primary.Equals("fr", StringComparison.OrdinalIgnoreCase) => French.Pack,
            _ when primary.Equals("de", StringComparison.OrdinalIgnoreCase) => German.Pack,
            _ when primary.Equals("ja", StringComparison.OrdinalIgnoreCase) => Japanese.Pack,
            _ when primary.Equals("hu", StringComparison.OrdinalIgnoreCase) => Hungarian.Pack,
            _ => English.Pack,
        };
    }
}
