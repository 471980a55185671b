using HelpDesk.Plugins.ReplyReview.Matching;
using HelpDesk.Plugins.ReplyReview.Questions;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.ReplyReview.Languages;

/// <summary>Dutch phrases and question words, addressing the caller with "u".</summary>
internal static class Dutch
{
    private const string ConcreteTime =
        @"\d{1,2}(?:[:.]\d{2})?\s*uur|\d{1,2}[:.]\d{2}"
        + "|(?:binnen|over) (?:\\d+|een|één|twee|drie|vier|vijf|tien|een half) (?:minuten|minuut|uur|uren|dagen|dag)"
        + "|(?:vóór|voor|om|uiterlijk|tot) (?:vandaag|vanavond|vanmiddag|morgen|morgenochtend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|(?:het )?einde van de dag|\\d+)"
        + "|(?:vandaag|morgen) (?:om|vóór|voor|uiterlijk)|vanmiddag|vanavond|morgenochtend";

    private const string Alternative =
        "in plaats daarvan|als alternatief|een alternatief|(?:maar|echter),? (?:ik|we|wij) (?:kan|kunnen|zal|zullen|ga|gaan)"
        + "|wat (?:ik|we|wij) wel|wat wel kan|(?:ik|we|wij) (?:kan|kunnen) (?:u )?wel|(?:kan|kunnen) (?:ik|we|wij) (?:u )?wel"
        + @"|(?:ik|we|wij) (?:kan|kunnen) u (?:\p{L}+ ){0,2}?aanbieden";

    /// <summary>Gets the Dutch pack, compiled on first use.</summary>
    public static LanguagePack Pack { get; } = new("nl", WordMatching.WholeWords,
        [
            new(VagueEffort,
                @"(?:ik|we|wij) (?:(?:zal|zullen|ga|gaan|kan|kunnen) (?:\p{L}+ ){0,4}?)?(?:proberen|probeer)|(?:ik|we|wij) (?:doe|doen) (?:mijn|ons) best",
                "“Proberen” klinkt onzeker en belooft niets; zeg wat u gaat doen – maar alleen wat u ook kunt waarmaken.",
                "Ik zal …"),
            new(AsapWithoutTime,
                @"zo (?:snel|spoedig|vlug|gauw) mogelijk|z\.s\.m\.?|zsm|asap|a\.s\.a\.p\.?",
                "“Zo snel mogelijk” is geen toezegging; noem een concrete datum en tijd.",
                "vandaag vóór … uur")
            { UnlessFollowedBy = ConcreteTime },
            new(ImpossibleWithoutAlternative,
                "onmogelijk|niet mogelijk|dat kan (?:echt )?niet|gaat niet lukken",
                "“Onmogelijk” sluit de deur; zeg wat wél kan en bied alternatieven.",
                "Wat ik wel kan doen, is …")
            { UnlessFollowedBy = Alternative, UnlessWithinSentences = 2 },
            new(Blame,
                @"(?:u|je|jij) (?:had|hadden) (?:\p{L}+ ){0,5}?(?:moeten|mogen)|waarom (?:heeft|hebt|heb|had|bent|ben) (?:u|je|jij) (?:\p{L}+ ){0,4}?niet|dat is (?:uw|je) eigen schuld|(?:u bent|je bent|jij bent) vergeten",
                "Dit legt de schuld bij de beller; zeg liever hoe het wordt opgelost.",
                "Zo lossen we het op: …"),
            new(CallBackLater,
                @"(?:later|straks) (?:nog )?(?:eens )?(?:terugbellen|terug bellen|opnieuw bellen|bellen)|(?:bel|belt) (?:u|je) (?:\p{L}+ ){0,2}?(?:later|straks) (?:\p{L}+ ){0,2}?(?:terug|opnieuw)|(?:probeer|probeert) (?:u |je )?(?:het )?later (?:nog )?(?:eens|opnieuw)",
                "Dit legt het werk terug bij de beller; noteer een bericht, verbind door of bel zelf terug.",
                "Mag ik een bericht noteren? Ik bel u om … uur terug."),
            new(HoldOn,
                "wacht (?:even|eens|effe)|effe wachten|blijf (?:even )?hangen|momentje|ogenblikje|secondje",
                "Dit klinkt kortaf; vraag of u de beller in de wacht mag zetten en zeg waarom.",
                "Mag ik u even in de wacht zetten? Ik ga … na."),
            new(SelfDeprecation,
                @"ik ben (?:maar|slechts|alleen maar|gewoon|ook maar) (?:een|de) (?:\p{L}+ )?(?:medewerker|medewerkster|baliemedewerker|baliemedewerkster|telefonist|telefoniste|uitzendkracht|invalkracht|stagiair|stagiaire|secretaresse|assistent|assistente|receptionist|receptioniste|beginner|nieuweling|helpdeskmedewerker)|ik werk hier (?:maar|alleen maar|ook maar)",
                "Zo maakt u uzelf en de servicedesk klein; noem uw rol en bied hulp of doorverbinden aan.",
                "Ik ben … van de servicedesk; ik help u hiermee of verbind u door met …"),
        ],
        new QuestionWords(
            Open: "wat|waarom|hoe|hoezo|wanneer|waar|welke|welk|wie|wiens|waardoor|waarmee|waarover|waarvoor|waarin|waarop|hoeveel|hoelang",
            Closed: "heeft|hebt|heb|had|hadden|is|zijn|was|waren|kunt|kan|kun|kon|konden|wilt|wil|wou|zal|zult|zou|zouden|doet|deed|deden|bent|ben|moet|moest|mag|mocht|weet|werkt|werkte|staat|ziet|zag|gebruikt|krijgt|kreeg|hoort|gaat|ging|klopt|lukt|lukte|herkent|begrijpt",
            Invitations: @"vertel (?:eens|me|mij|ons)|vertellen (?:wat|hoe|waarom|wanneer|waar)|beschrijf|beschrijven|uitleggen|leg (?:\p{L}+ ){0,4}?uit"));
}
