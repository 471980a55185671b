namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>The languages the built-in scripts are written in.</summary>
internal static class LanguagePacks
{
    /// <summary>The language used when neither the caller's nor the organisation's language has a script.</summary>
    public const string LastResort = "en";

    private static readonly Dictionary<string, LanguagePack> Packs =
        new[] { EnglishPack.Create(), DutchPack.Create(), FrenchPack.Create(), GermanPack.Create(), JapanesePack.Create(), HungarianPack.Create() }.ToDictionary(p => p.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the primary language codes there are built-in scripts for.</summary>
    public static IReadOnlyCollection<string> Languages => Packs.Keys;

    /// <summary>Finds the built-in scripts for a primary language code (<c>fr</c>, not <c>fr-CA</c>).</summary>
    /// <param name="language">The primary language code.</param>
    /// <returns>The pack, or <see langword="null"/> when there is none.</returns>
    public static LanguagePack? Find(string language) => Packs.GetValueOrDefault(language);
}
