using static HelpDesk.Plugins.Tests.ReplyReview.ReplyReviewHarness;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.Tests.ReplyReview;

public sealed class ExceptionTests
{
    [Theory]
    [InlineData("en", "We will replace the screen ASAP, by 3 pm today.")]
    [InlineData("nl", "We vervangen het scherm zo snel mogelijk, uiterlijk vandaag om 15.00 uur.")]
    [InlineData("fr", "Nous remplacerons l'écran dès que possible, avant 15 h aujourd'hui.")]
    [InlineData("de", "Wir tauschen den Bildschirm so schnell wie möglich aus, spätestens heute um 15 Uhr.")]
    [InlineData("ja", "できるだけ早く、本日15時までに交換いたします。")]
    [InlineData("hu", "Amint lehet, de legkésőbb ma 15 óráig kicseréljük a képernyőt.")]
    public async Task Asap_followed_by_a_concrete_time_is_not_flagged(string language, string text)
    {
        using var harness = Start();

        var review = await harness.ReviewAsync(text, language);

        Assert.DoesNotContain(AsapWithoutTime, review.Rules());
    }

    [Theory]
    [InlineData("en", "We will replace the screen ASAP. I leave at 5 pm.")]
    [InlineData("nl", "We doen het zo snel mogelijk. Ik ben tot 17.00 uur bereikbaar.")]
    public async Task A_time_in_a_later_sentence_does_not_excuse_asap(string language, string text)
    {
        using var harness = Start();

        var review = await harness.ReviewAsync(text, language);

        Assert.Equal([AsapWithoutTime], review.Rules());
    }

    [Theory]
    [InlineData("en", "That is impossible today, but I can send you a loan laptop.")]
    [InlineData("en", "That is impossible. Instead, we will send you a loan laptop.")]
    [InlineData("nl", "Dat is vandaag onmogelijk, maar ik kan u morgen een leenlaptop geven.")]
    [InlineData("fr", "C'est impossible aujourd'hui, mais je peux vous prêter un ordinateur.")]
    [InlineData("de", "Das ist heute nicht möglich, aber ich kann Ihnen morgen ein Leihgerät bringen.")]
    [InlineData("ja", "本日は不可能ですが、明日でしたら対応できます。")]
    [InlineData("hu", "Ma ez lehetetlen, de holnap tudok hozni egy kölcsöngépet.")]
    public async Task Impossible_followed_by_an_alternative_is_not_flagged(string language, string text)
    {
        using var harness = Start();

        var review = await harness.ReviewAsync(text, language);

        Assert.DoesNotContain(ImpossibleWithoutAlternative, review.Rules());
    }

    [Fact]
    public async Task Impossible_with_a_but_that_offers_nothing_is_still_flagged()
    {
        using var harness = Start();

        var review = await harness.ReviewAsync("That is impossible, but that is how the system works.");

        Assert.Equal([ImpossibleWithoutAlternative], review.Rules());
    }

    [Fact]
    public async Task Asking_politely_to_hold_is_not_curt()
    {
        using var harness = Start();

        var review = await harness.ReviewAsync("Please hold on while I check your account.");

        Assert.Empty(review.Findings);
    }
}
