using HelpDesk.Plugins.ReplyReview.Matching;
using HelpDesk.Plugins.ReplyReview.Questions;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.ReplyReview.Languages;

/// <summary>Hungarian phrases and question words, addressing the caller formally ("Ön").</summary>
internal static class Hungarian
{
    private const string ConcreteTime =
        @"\d{1,2}(?:[:.]\d{2})?\s*(?:óráig|órakor|óra|h)|\d{1,2}:\d{2}(?:-ig|-kor|-ra|-re)?"
        + "|\\d+ (?:percen|órán|napon) belül|(?:ma|holnap) (?:délelőtt|délután|este|reggel|estig|délig)"
        + "|(?:hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap)(?:ig|ön|en|n)?|délig|estig|munkaidő végéig|a nap végéig";

    private const string Alternative =
        "ehelyett|helyette|alternatíva|alternatívát|másik megoldás|amit (?:meg )?tudok tenni|amit (?:meg )?tudunk tenni"
        + @"|(?:de|viszont|azonban|ám),? (?:\p{L}+ ){0,3}?(?:tudok|tudunk|tudom|tudjuk|fogok|fogunk|fogom|fogjuk|felajánl\p{L}*|javasol\p{L}*|lehetséges|megoldható)";

    /// <summary>Gets the Hungarian pack, compiled on first use.</summary>
    public static LanguagePack Pack { get; } = new("hu", WordMatching.WholeWords,
        [
            new(VagueEffort,
                "(?:meg)?próbál(?:om|juk|ok|unk|hatom|hatjuk)|igyeksz(?:em|ünk)|igyekezni fog(?:ok|unk)|megkísérl(?:em|jük)",
                "A „megpróbálom” bizonytalanul hangzik, és nem ígér semmit; mondja meg, mit fog tenni – de csak azt, amit vállalni is tud.",
                "Meg fogom oldani: …"),
            new(AsapWithoutTime,
                "amint lehet|amint tudok|amilyen gyorsan (?:csak )?lehet|a lehető leghamarabb|a lehető legrövidebb időn belül|minél (?:előbb|hamarabb)|mihamarabb|sürgősen|asap",
                "Az „amint lehet” nem vállalás; adjon meg konkrét dátumot és időpontot.",
                "ma … óráig")
            { UnlessFollowedBy = ConcreteTime },
            new(ImpossibleWithoutAlternative,
                "lehetetlen|nem lehetséges|nem megoldható|nem kivitelezhető",
                "A „lehetetlen” lezárja a beszélgetést; mondja meg, mi lehetséges, és kínáljon alternatívát.",
                "Amit meg tudok tenni: …")
            { UnlessFollowedBy = Alternative, UnlessWithinSentences = 2 },
            new(Blame,
                @"(?:(?:meg|el|be|ki|fel|újra|vissza) )?kellett volna|miért nem \p{L}*?(?:tt|t)(?:a|e|ál|él|ad|ed)?|(?:az Ön|a te|az ön) hibája|elfelejtette|elfelejtetted",
                "Ez a hívót hibáztatja; inkább a megoldást mondja el.",
                "Így oldjuk meg: …"),
            new(CallBackLater,
                @"(?:hívjon|hívj|keressen|keress|telefonáljon) (?:\p{L}+ ){0,2}?később|később (?:\p{L}+ )?(?:hívjon|hívj|keressen|keress|telefonáljon)|próbálja (?:meg )?(?:újra )?később",
                "Ez visszaadja a munkát a hívónak; vegyen fel üzenetet, kapcsolja tovább, vagy hívja vissza Ön.",
                "Felírhatom az üzenetét? … órakor visszahívom."),
            new(HoldOn,
                @"várj|várjál|(?<!kérem,?\s)várjon (?:csak|egy (?:kicsit|percet|pillanatot|másodpercet))|egy (?:pillanat|másodperc)(?! türelm)",
                "Ez nyersen hangzik; kérdezze meg, várakoztathatja-e a hívót, és mondja meg, miért.",
                "Megkérhetem, hogy várjon egy pillanatot? Utánanézek …"),
            new(SelfDeprecation,
                "(?:én )?csak (?:egy )?(?:egyszerű )?(?:ügyintéző|operátor|recepciós|asszisztens|titkárnő|titkár|gyakornok|alkalmazott|kisalkalmazott|diszpécser|telefonos|munkatárs|beosztott|kezdő) (?:vagyok|vagyunk)|csak itt dolgozom",
                "Ezzel lekicsinyli magát és az ügyfélszolgálatot; mondja meg a szerepkörét, és ajánljon segítséget vagy kapcsolást.",
                "… vagyok az ügyfélszolgálattól; szívesen segítek, vagy kapcsolom az illetékes kollégát."),
        ],
        new QuestionWords(
            Open: "mi|mit|miért|hogyan|mikor|hol|honnan|hová|hova|melyik|milyen|mennyi|mennyit|mekkora|kit|kinek|kivel|kié|mivel|miben|mire|mitől|mióta|meddig|merre|miről|mibe|miből|minek",
            Closed: @"van|vannak|volt|voltak|tudja|tudná|tudod|tudnád|látja|látod|próbálta|megpróbálta|működik|kapott|kapta|szeretné|lehet|lehetne|kell|kéri|megvan|sikerült|\p{L}+-e",
            Invitations: "meséljen|mesélje el|mondja el|mondd el|írja le|írd le|elmondaná|elmondanád|elmesélné|leírná|magyarázza el"));
}
