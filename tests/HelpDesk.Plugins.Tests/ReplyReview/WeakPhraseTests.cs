using static HelpDesk.Plugins.Tests.ReplyReview.ReplyReviewHarness;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.Tests.ReplyReview;

public sealed class WeakPhraseTests
{
    public static TheoryData<string, string, string, string, string> EveryRuleInEveryLanguage => new()
    {
        { "en", "I'll try to reset your password today.", VagueEffort, "I'll try", "I will …" },
        { "en", "We will replace the screen ASAP.", AsapWithoutTime, "ASAP", "by … today" },
        { "en", "Sorry, that is impossible.", ImpossibleWithoutAlternative, "impossible", "What I can do is …" },
        { "en", "You should have saved the file first.", Blame, "You should have", "Here is how we fix it: …" },
        { "en", "Can you call back later?", CallBackLater, "call back later", "May I take a message? I will call you back at …" },
        { "en", "Hold on, I am checking.", HoldOn, "Hold on", "May I put you on hold for a moment while I …?" },
        { "en", "Sorry, I'm just a clerk.", SelfDeprecation, "I'm just a clerk", "I am … from the service desk; I can help you with this or put you through to …" },

        { "nl", "Ik zal proberen het vandaag op te lossen.", VagueEffort, "Ik zal proberen", "Ik zal …" },
        { "nl", "We vervangen het scherm zo snel mogelijk.", AsapWithoutTime, "zo snel mogelijk", "vandaag vóór … uur" },
        { "nl", "Helaas, dat is onmogelijk.", ImpossibleWithoutAlternative, "onmogelijk", "Wat ik wel kan doen, is …" },
        { "nl", "U had het bestand eerst moeten opslaan.", Blame, "U had het bestand eerst moeten", "Zo lossen we het op: …" },
        { "nl", "Kunt u later terugbellen?", CallBackLater, "later terugbellen", "Mag ik een bericht noteren? Ik bel u om … uur terug." },
        { "nl", "Wacht even, ik kijk het na.", HoldOn, "Wacht even", "Mag ik u even in de wacht zetten? Ik ga … na." },
        { "nl", "Sorry, ik ben maar een uitzendkracht.", SelfDeprecation, "ik ben maar een uitzendkracht", "Ik ben … van de servicedesk; ik help u hiermee of verbind u door met …" },

        { "fr", "Je vais essayer de réparer votre imprimante.", VagueEffort, "Je vais essayer", "Je vais …" },
        { "fr", "Nous remplacerons l'écran dès que possible.", AsapWithoutTime, "dès que possible", "aujourd'hui avant … h" },
        { "fr", "Désolé, c'est impossible.", ImpossibleWithoutAlternative, "impossible", "Ce que je peux faire, c'est …" },
        { "fr", "Vous auriez dû enregistrer le fichier.", Blame, "Vous auriez dû", "Voici comment nous allons régler cela : …" },
        { "fr", "Pouvez-vous rappeler plus tard ?", CallBackLater, "rappeler plus tard", "Puis-je prendre un message ? Je vous rappelle à … h." },
        { "fr", "Ne quittez pas, je vérifie.", HoldOn, "Ne quittez pas", "Puis-je vous mettre en attente un instant ? Je vais vérifier …" },
        { "fr", "Désolé, je ne suis qu’un simple employé.", SelfDeprecation, "je ne suis qu’un simple employé", "Je suis … du service d'assistance ; je peux vous aider ou vous mettre en relation avec …" },

        { "de", "Ich werde versuchen, das heute zu lösen.", VagueEffort, "Ich werde versuchen", "Ich werde …" },
        { "de", "Wir tauschen den Bildschirm so schnell wie möglich aus.", AsapWithoutTime, "so schnell wie möglich", "heute bis … Uhr" },
        { "de", "Leider ist das unmöglich.", ImpossibleWithoutAlternative, "unmöglich", "Was ich tun kann, ist …" },
        { "de", "Sie hätten die Datei vorher speichern sollen.", Blame, "Sie hätten die Datei vorher speichern sollen", "So lösen wir das: …" },
        { "de", "Rufen Sie bitte später noch einmal an.", CallBackLater, "Rufen Sie bitte später noch einmal an", "Darf ich eine Nachricht aufnehmen? Ich rufe Sie um … Uhr zurück." },
        { "de", "Bleiben Sie dran, ich schaue nach.", HoldOn, "Bleiben Sie dran", "Darf ich Sie kurz in die Warteschleife legen? Ich prüfe …" },
        { "de", "Tut mir leid, ich bin nur ein kleiner Angestellter.", SelfDeprecation, "ich bin nur ein kleiner Angestellter", "Ich bin … vom Service-Desk; ich helfe Ihnen gern weiter oder verbinde Sie mit …" },

        { "ja", "パスワードをリセットしてみます。", VagueEffort, "てみます", "…いたします" },
        { "ja", "できるだけ早く画面を交換します。", AsapWithoutTime, "できるだけ早く", "本日…時までに" },
        { "ja", "それは不可能です。", ImpossibleWithoutAlternative, "不可能", "代わりに、…することができます" },
        { "ja", "先にファイルを保存するべきでした。", Blame, "べきでした", "次の方法で解決いたします：…" },
        { "ja", "後ほどおかけ直しください。", CallBackLater, "おかけ直しください", "ご伝言を承ります。本日…時にこちらから折り返しお電話いたします。" },
        { "ja", "ちょっと待ってください。", HoldOn, "ちょっと待って", "…を確認いたしますので、少々お待ちいただけますでしょうか。" },
        { "ja", "私はただの事務員なので分かりません。", SelfDeprecation, "ただの事務員", "…担当の…でございます。私がお手伝いするか、担当者におつなぎいたします。" },

        { "hu", "Megpróbálom ma megoldani.", VagueEffort, "Megpróbálom", "Meg fogom oldani: …" },
        { "hu", "Amint lehet, kicseréljük a képernyőt.", AsapWithoutTime, "Amint lehet", "ma … óráig" },
        { "hu", "Sajnos ez lehetetlen.", ImpossibleWithoutAlternative, "lehetetlen", "Amit meg tudok tenni: …" },
        { "hu", "Előbb el kellett volna mentenie a fájlt.", Blame, "el kellett volna", "Így oldjuk meg: …" },
        { "hu", "Hívjon vissza később!", CallBackLater, "Hívjon vissza később", "Felírhatom az üzenetét? … órakor visszahívom." },
        { "hu", "Várjon csak, utánanézek.", HoldOn, "Várjon csak", "Megkérhetem, hogy várjon egy pillanatot? Utánanézek …" },
        { "hu", "Sajnálom, én csak egy ügyintéző vagyok.", SelfDeprecation, "én csak egy ügyintéző vagyok", "… vagyok az ügyfélszolgálattól; szívesen segítek, vagy kapcsolom az illetékes kollégát." },
    };

    [Theory]
    [MemberData(nameof(EveryRuleInEveryLanguage))]
    public async Task Every_rule_flags_its_phrase_in_every_language_with_the_better_form_in_that_language(string language, string text, string rule, string phrase, string suggestion)
    {
        using var harness = Start();

        var review = await harness.ReviewAsync(text, language);

        var finding = Assert.Single(review.Findings);
        Assert.Equal(language, review.Language);
        Assert.Equal((rule, phrase, suggestion), (finding.Rule, finding.Text, finding.Suggestion));
        Assert.Equal((text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length), (finding.Start, finding.Length));
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
    }

    [Fact]
    public async Task Findings_of_several_rules_come_in_text_order_each_pointing_at_its_phrase()
    {
        using var harness = Start();
        const string text = "Hold on. You should have called earlier; I'll try to fix it ASAP.";

        var review = await harness.ReviewAsync(text);

        Assert.Equal([HoldOn, Blame, VagueEffort, AsapWithoutTime], review.Rules());
        Assert.All(review.Findings, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Theory]
    [InlineData("en", "The threshold on the server was exceeded.")]
    [InlineData("nl", "De onmogelijkheid van de vorige oplossing is bekend.")]
    [InlineData("de", "Die Unmöglichkeit wurde dokumentiert.")]
    [InlineData("hu", "Szeretettel várjuk az irodában.")]
    public async Task Latin_scripts_match_whole_words_only(string language, string text)
    {
        using var harness = Start();

        var review = await harness.ReviewAsync(text, language);

        Assert.Empty(review.Findings);
    }

    [Fact]
    public async Task Japanese_phrases_are_found_inside_running_text_without_spaces()
    {
        using var harness = Start();
        const string text = "設定を確認してみますので、できるだけ早く連絡します。";

        var review = await harness.ReviewAsync(text, "ja");

        Assert.Equal([(VagueEffort, text.IndexOf("てみます", StringComparison.Ordinal)), (AsapWithoutTime, text.IndexOf("できるだけ早く", StringComparison.Ordinal))], review.Findings.Select(f => (f.Rule, f.Start)));
    }

    [Fact]
    public async Task Positive_phrasing_gets_no_findings()
    {
        using var harness = Start();

        var review = await harness.ReviewAsync("I will reset your password now and call you back by 3 pm today. May I put you on hold while I check the account?");

        Assert.Empty(review.Findings);
    }
}
