namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>The languages the built-in scripts are written in.</summary>
internal static class LanguagePacks
{
    /// <summary>The language used when neither the caller's nor the organisation's language has a script.</summary>
    public const string LastResort = "en";

    private static readonly Dictionary<string, LanguagePack> Packs =
        new[] { EnglishPack.Create(), DutchPack.Create() }.ToDictionary(p => p.Language, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Languages => Packs.Keys;

    public static LanguagePack? Find(string language) => Packs.GetValueOrDefault(language);
}
