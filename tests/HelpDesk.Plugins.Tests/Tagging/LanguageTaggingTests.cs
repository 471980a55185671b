using static HelpDesk.Plugins.Tests.Tagging.TaggingHarness;

namespace HelpDesk.Plugins.Tests.Tagging;

public sealed class LanguageTaggingTests
{
    [Theory]
    [InlineData("Mon ordinateur portable est très lent", "Depuis la mise à jour d'hier, Outlook se fige et l'écran reste noir.", new[] { "service:hardware", "category:performance", "service:email", "service:software" })]
    [InlineData("Mot de passe oublié", "Mon compte est bloqué, je ne peux plus me connecter.", new[] { "service:account", "category:password" })]
    [InlineData("L'imprimante du 2e étage est en panne", "Bourrage papier : personne ne peut imprimer.", new[] { "service:printing", "category:outage" })]
    public async Task A_french_ticket_gets_the_same_labels_as_in_english(string subject, string description, string[] expected)
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket(subject, description));

        Assert.Equal(expected, proposals.KeywordTags());
    }

    [Theory]
    [InlineData("Netzwerkdrucker im 3. OG druckt nicht", "Seit heute Morgen ist der Drucker für das ganze Büro nicht erreichbar.", new[] { "service:network", "service:printing", "category:outage" })]
    [InlineData("Kennwort vergessen", "Mein Benutzerkonto ist gesperrt.", new[] { "service:account", "category:password" })]
    [InlineData("Neuer Mitarbeiter ab Montag", "Bitte Notebook und Headset einrichten.", new[] { "category:new-user", "service:hardware", "category:installation" })]
    public async Task A_german_ticket_gets_the_same_labels_as_in_english(string subject, string description, string[] expected)
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket(subject, description));

        Assert.Equal(expected, proposals.KeywordTags());
    }

    [Theory]
    [InlineData("VPNに接続できません", "今朝から社内全体でネットワーク障害が発生しているようです。PCは再起動済みです。", new[] { "service:network", "service:hardware", "category:outage" })]
    [InlineData("パスワードを忘れてログインできません", "アカウントがロックされたようです。", new[] { "service:account", "category:password" })]
    [InlineData("3階の複合機で紙詰まり", "印刷が途中で止まり、動作も重いです。", new[] { "service:printing", "category:performance" })]
    public async Task A_japanese_ticket_without_spaces_between_words_gets_the_same_labels_as_in_english(string subject, string description, string[] expected)
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket(subject, description));

        Assert.Equal(expected, proposals.KeywordTags());
    }

    [Theory]
    [InlineData("Nem tudok belépni a fiókomba", "Elfelejtettem a jelszavamat, ráadásul a nyomtatóm is lefagyott.", new[] { "service:account", "service:printing", "category:password", "category:performance" })]
    [InlineData("Az Outlookban nem látom a naptáramat", "", new[] { "service:email" })]
    [InlineData("Leállt a hálózat", "Az egész irodában senki sem tud dolgozni.", new[] { "service:network", "category:outage" })]
    public async Task A_hungarian_ticket_with_suffixed_words_gets_the_same_labels_as_in_english(string subject, string description, string[] expected)
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket(subject, description));

        Assert.Equal(expected, proposals.KeywordTags());
    }

    [Fact]
    public async Task The_reason_names_the_keyword_found_in_japanese_text()
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket("お問い合わせ", "新入社員のアカウントを作成してください。"));

        Assert.Contains(("category:new-user", "keyword '新入社員' in the description"), proposals.NamesAndReasons());
        Assert.Contains(("service:account", "keyword 'アカウント' in the description"), proposals.NamesAndReasons());
    }

    [Theory]
    [InlineData("Question sur la comptabilité")]
    [InlineData("Rechteckige Tische für den Apparateraum")]
    [InlineData("Mausoleum besichtigen")]
    [InlineData("資料のダウンロード方法を教えてください")]
    public async Task A_keyword_does_not_match_inside_an_unrelated_word_in_any_language(string subject)
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket(subject));

        Assert.Empty(proposals.KeywordTags());
    }

    [Theory]
    [InlineData("Probleme de reseau au bureau", "service:network", "keyword 'réseau*' in the subject")]
    [InlineData("ＶＰＮが使えない", "service:network", "keyword 'vpn' in the subject")]
    [InlineData("Outlook won’t start", "category:defect", "keyword 'won't start' in the subject")]
    public async Task Text_typed_without_accents_in_full_width_letters_or_with_curly_apostrophes_still_matches(string subject, string label, string reason)
    {
        using var harness = Start();

        var proposals = await harness.ProposeAsync(Ticket(subject));

        Assert.Contains((label, reason), proposals.NamesAndReasons());
    }
}
