using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>Everything the built-in scripts say in one language.</summary>
internal sealed record LanguagePack(
    string Language,
    DayPartWords Greetings,
    DayPartWords Farewells,
    IReadOnlyDictionary<ScriptMoment, IReadOnlyList<TemplateLine>> Moments);
