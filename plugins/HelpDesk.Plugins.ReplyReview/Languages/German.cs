using HelpDesk.Plugins.ReplyReview.Matching;
using HelpDesk.Plugins.ReplyReview.Questions;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.ReplyReview.Languages;

/// <summary>German phrases and question words, addressing the caller with "Sie".</summary>
internal static class German
{
    private const string ConcreteTime =
        @"\d{1,2}(?:[:.]\d{2})?\s*Uhr|\d{1,2}:\d{2}"
        + "|(?:in|innerhalb) (?:von )?(?:\\d+|einer|einem|zwei|drei|vier|fünf|zehn|fünfzehn|dreißig) (?:Minuten|Minute|Stunden|Stunde|Tagen|Tag|Tage)"
        + "|(?:bis|vor|um|am) (?:heute|morgen|übermorgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mittag|Feierabend|Tagesende|Ende des Tages|\\d+)"
        + "|heute (?:um|bis|Vormittag|Nachmittag|Abend)|morgen (?:um|bis|früh|Vormittag|Nachmittag)";

    private const string Alternative =
        "stattdessen|alternativ|eine Alternative|eine andere Lösung"
        + "|(?:aber|jedoch|allerdings|dafür),? (?:ich|wir) (?:kann|können|werde|werden)|(?:aber|jedoch|allerdings|dafür) (?:kann|können|werde|werden) (?:ich|wir)"
        + @"|(?:ich|wir) (?:kann|können) Ihnen (?:\p{L}+ ){0,4}?(?:anbieten|vorschlagen)|was (?:ich|wir) (?:tun|machen) (?:kann|können)";

    /// <summary>Gets the German pack, compiled on first use.</summary>
    public static LanguagePack Pack { get; } = new("de", WordMatching.WholeWords,
        [
            new(VagueEffort,
                @"(?:ich|wir) (?:versuche|versuchen|versuch's|probiere|probieren)|(?:ich|wir) (?:werde|werden|kann|können|will|wollen) (?:\p{L}+ ){0,4}?(?:versuchen|probieren)|(?:ich|wir) (?:gebe|geben) (?:mein|unser) Bestes",
                "„Versuchen“ klingt unsicher und verspricht nichts; sagen Sie, was Sie tun werden – aber nur, was Sie auch halten können.",
                "Ich werde …"),
            new(AsapWithoutTime,
                @"so (?:schnell|bald) (?:wie|als) möglich|schnellstmöglich|baldmöglichst|schnellstens|möglichst (?:bald|schnell)|asap|a\.s\.a\.p\.?",
                "„So schnell wie möglich“ ist keine Zusage; nennen Sie ein konkretes Datum und eine Uhrzeit.",
                "heute bis … Uhr")
            { UnlessFollowedBy = ConcreteTime },
            new(ImpossibleWithoutAlternative,
                "unmöglich|nicht möglich|nicht machbar|nicht zu machen",
                "„Unmöglich“ schließt die Tür; sagen Sie, was möglich ist, und bieten Sie Alternativen an.",
                "Was ich tun kann, ist …")
            { UnlessFollowedBy = Alternative, UnlessWithinSentences = 2 },
            new(Blame,
                @"(?:Sie|du) hätte(?:n|st) (?:\p{L}+ ){0,5}?(?:sollen|müssen)|(?:warum|wieso|weshalb) haben Sie (?:\p{L}+ ){0,4}?nicht|(?:warum|wieso|weshalb) hast du (?:\p{L}+ ){0,4}?nicht|das (?:ist|war) (?:Ihre|deine) (?:eigene )?Schuld|Sie haben vergessen",
                "Das gibt dem Anrufer die Schuld; sagen Sie lieber, wie das Problem gelöst wird.",
                "So lösen wir das: …"),
            new(CallBackLater,
                @"später (?:noch )?(?:einmal |mal )?(?:zurückrufen|anrufen|wieder anrufen|nochmal anrufen)|(?:rufen|melden) Sie (?:\p{L}+ ){0,3}?später (?:\p{L}+ ){0,3}?(?:an|zurück|wieder)|melden Sie sich (?:\p{L}+ )?später|versuchen Sie es später",
                "Das schiebt die Arbeit zum Anrufer zurück; nehmen Sie eine Nachricht auf, verbinden Sie weiter oder rufen Sie selbst zurück.",
                "Darf ich eine Nachricht aufnehmen? Ich rufe Sie um … Uhr zurück."),
            new(HoldOn,
                "bleiben Sie dran|bleib dran|Moment mal|Augenblick mal|warten Sie mal|warte mal|Sekunde mal|eine Sekunde|Sekündchen",
                "Das klingt schroff; fragen Sie, bevor Sie den Anrufer warten lassen, und sagen Sie, warum.",
                "Darf ich Sie kurz in die Warteschleife legen? Ich prüfe …"),
            new(SelfDeprecation,
                "ich bin (?:nur|bloß|bloss|lediglich|halt nur|ja nur) (?:ein|eine|der|die) (?:(?:kleiner|kleine|einfacher|einfache|normaler|normale) )?(?:Sachbearbeiter|Sachbearbeiterin|Angestellter|Angestellte|Mitarbeiter|Mitarbeiterin|Telefonist|Telefonistin|Aushilfe|Praktikant|Praktikantin|Sekretär|Sekretärin|Azubi|Auszubildender|Auszubildende|Werkstudent|Werkstudentin)|ich arbeite (?:hier nur|nur hier)",
                "Damit machen Sie sich und den Service-Desk klein; nennen Sie Ihre Rolle und bieten Sie Hilfe oder eine Weiterleitung an.",
                "Ich bin … vom Service-Desk; ich helfe Ihnen gern weiter oder verbinde Sie mit …"),
        ],
        new QuestionWords(
            Open: "was|warum|wieso|weshalb|wie|wann|wo|woher|wohin|welche|welcher|welches|welchen|welchem|wer|wen|wem|wessen|womit|wodurch|worüber|wozu|woran|worauf|wieviel",
            Closed: "haben|habe|hast|hat|hatten|hatte|ist|sind|bist|war|waren|kann|kannst|können|könnten|könnte|konnten|will|willst|wollen|möchten|werden|wird|würden|würde|sollen|soll|sollte|darf|dürfen|muss|müssen|tut|funktioniert|gibt|geht|läuft|sehen|siehst|wissen|weißt|stimmt|benutzen|nutzen|kennen|erhalten|bekommen",
            Invitations: "beschreiben|schildern|erklären|erzählen|sagen, (?:was|wie|warum|wann|wo)"));
}
