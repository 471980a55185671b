using HelpDesk.Sdk.Review;
using static HelpDesk.Plugins.Tests.ReplyReview.ReplyReviewHarness;

namespace HelpDesk.Plugins.Tests.ReplyReview;

public sealed class QuestionTests
{
    [Theory]
    [InlineData("en", "What happened when you logged in?", "Did you restart the laptop?")]
    [InlineData("nl", "Wat ziet u op het scherm?", "Heeft u de laptop opnieuw opgestart?")]
    [InlineData("fr", "Que voyez-vous à l'écran ?", "Avez-vous redémarré l'ordinateur ?")]
    [InlineData("de", "Was sehen Sie auf dem Bildschirm?", "Haben Sie den Laptop neu gestartet?")]
    [InlineData("ja", "画面に何が表示されていますか。", "パソコンを再起動しましたか？")]
    [InlineData("hu", "Mit lát a képernyőn?", "Újraindította a laptopot?")]
    public async Task Questions_are_listed_where_they_stand_as_open_or_closed(string language, string open, string closed)
    {
        using var harness = Start();
        var text = $"{open} {closed}";

        var review = await harness.ReviewAsync(text, language);

        Assert.Equal(
            [(0, open, QuestionKind.Open), (open.Length + 1, closed, QuestionKind.Closed)],
            review.Questions.Select(q => (q.Start, q.Text, q.Kind)));
        Assert.All(review.Questions, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
    }

    [Theory]
    [InlineData("en", "Could you tell me what you see on the screen?", QuestionKind.Open)]
    [InlineData("en", "Mrs Jansen, how long has this been going on?", QuestionKind.Open)]
    [InlineData("en", "Do you know why it stopped?", QuestionKind.Closed)]
    [InlineData("en", "You restarted it?", QuestionKind.Closed)]
    [InlineData("nl", "Kunt u beschrijven wat er gebeurde?", QuestionKind.Open)]
    [InlineData("fr", "Qu'est-ce qui s'affiche ?", QuestionKind.Open)]
    [InlineData("fr", "Est-ce que l'imprimante est allumée ?", QuestionKind.Closed)]
    [InlineData("de", "Können Sie mir beschreiben, was passiert ist?", QuestionKind.Open)]
    [InlineData("de", "Wissen Sie, wann das angefangen hat?", QuestionKind.Closed)]
    [InlineData("ja", "何か他にございますか。", QuestionKind.Closed)]
    [InlineData("ja", "どのようなエラーが出ましたか？", QuestionKind.Open)]
    [InlineData("hu", "Miért nem működik a nyomtató?", QuestionKind.Open)]
    [InlineData("hu", "Tudja, hogy mikor kezdődött?", QuestionKind.Closed)]
    public async Task A_question_is_open_when_it_invites_the_caller_to_talk(string language, string question, QuestionKind kind)
    {
        using var harness = Start();

        var review = await harness.ReviewAsync(question, language);

        Assert.Equal(kind, Assert.Single(review.Questions).Kind);
    }

    [Fact]
    public async Task Statements_are_not_questions()
    {
        using var harness = Start();

        var review = await harness.ReviewAsync("I reset your password. The new one is in your mailbox.");

        Assert.Empty(review.Questions);
    }
}
