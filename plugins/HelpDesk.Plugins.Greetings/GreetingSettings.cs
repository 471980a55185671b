using HelpDesk.Plugins.Greetings.Templates;
using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Greetings;

/// <summary>An organisation's settings for the greeting scripts: its default language and its own lines.</summary>
internal sealed record GreetingSettings(
    string DefaultLanguage,
    IReadOnlyDictionary<string, IReadOnlyDictionary<ScriptMoment, IReadOnlyList<TemplateLine>>> Templates)
{
    public const string DefaultLanguageSetting = "defaultLanguage";
    public const string TemplatesSetting = "templates";

    public static GreetingSettings Read(IPluginSettings settings)
    {
        var defaultLanguage = LanguageTag.Primary(settings.Get(DefaultLanguageSetting, LanguagePacks.LastResort));
        var raw = settings.Get<Dictionary<string, Dictionary<string, string[]>>>(TemplatesSetting, []);
        var templates = raw.ToDictionary(
            language => LanguageTag.Primary(language.Key),
            language => (IReadOnlyDictionary<ScriptMoment, IReadOnlyList<TemplateLine>>)language.Value.ToDictionary(
                moment => ParseMoment(language.Key, moment.Key),
                moment => (IReadOnlyList<TemplateLine>)[.. moment.Value.Select(TemplateLine.Always)]),
            StringComparer.OrdinalIgnoreCase);
        return new(string.IsNullOrEmpty(defaultLanguage) ? LanguagePacks.LastResort : defaultLanguage, templates);
    }

    private static ScriptMoment ParseMoment(string language, string name)
    {
        if (name.Length > 0 && char.IsLetter(name[0]) && Enum.TryParse<ScriptMoment>(name, ignoreCase: true, out var moment))
        {
            return moment;
        }

        var moments = string.Join(", ", Enum.GetNames<ScriptMoment>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        throw new PluginSettingsException(TemplatesSetting, $"The setting '{TemplatesSetting}' has lines for '{name}' in '{language}', which is not a moment; the moments are {moments}.");
    }
}
