using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>The lines chosen for a request, and the language they are in.</summary>
internal sealed record TemplateChoice(string Language, IReadOnlyList<TemplateLine> Lines, LanguagePack? Pack);

/// <summary>
/// Chooses the lines for a moment: the caller's language, else the organisation's default language, else English;
/// within a language the organisation's own lines win over the built-in ones.
/// </summary>
internal static class TemplateSelector
{
    public static TemplateChoice Choose(ScriptMoment moment, string requestedLanguage, GreetingSettings settings)
    {
        string[] candidates = [LanguageTag.Primary(requestedLanguage), settings.DefaultLanguage, LanguagePacks.LastResort];
        foreach (var language in candidates.Distinct(StringComparer.Ordinal))
        {
            var pack = LanguagePacks.Find(language);
            if (settings.Templates.TryGetValue(language, out var own) && own.TryGetValue(moment, out var ownLines))
            {
                return new(language, ownLines, pack);
            }

            if (pack is not null)
            {
                return new(language, pack.Moments[moment], pack);
            }
        }

        throw new InvalidOperationException($"The built-in '{LanguagePacks.LastResort}' scripts are missing.");
    }
}
