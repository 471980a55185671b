using System.Text.Json;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

public sealed class ReplyReviewApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Review = """
        query Review($text: String!, $language: String, $kind: NoteKind) {
          reviewReply(text: $text, language: $language, kind: $kind) {
            language
            findings { rule start length text message suggestion }
            questions { start length text kind }
          }
        }
        """;

    [Fact]
    public async Task An_agent_gets_weak_phrases_with_their_position_and_better_form_and_the_questions_classified()
    {
        var agent = await host.NewOrganizationAsync(role: ApiKeyRole.Agent);
        const string text = "I'll try to fix it ASAP. What did you see? Did you restart?";

        var response = await agent.PostAsync(Review, new { text, language = "en" });

        Assert.False(response.HasErrors, response.Body.ToString());
        var review = response.Path("reviewReply");
        Assert.Equal("en", review.GetProperty("language").GetString());
        Assert.Equal(
            [("vague-effort", 0, "I'll try", "I will …"), ("asap-without-time", 19, "ASAP", "by … today")],
            review.GetProperty("findings").EnumerateArray().Select(f => (Str(f, "rule"), f.GetProperty("start").GetInt32(), Str(f, "text"), Str(f, "suggestion"))));
        Assert.Equal(
            [(25, "What did you see?", "OPEN"), (43, "Did you restart?", "CLOSED")],
            review.GetProperty("questions").EnumerateArray().Select(q => (q.GetProperty("start").GetInt32(), Str(q, "text"), Str(q, "kind"))));
    }

    [Fact]
    public async Task A_dutch_reply_is_reviewed_with_dutch_suggestions_and_the_desks_language_applies_when_none_is_given()
    {
        var client = await host.NewOrganizationAsync();
        const string text = "Dat is onmogelijk. Kunt u later terugbellen?";

        var explicitDutch = await client.PostAsync(Review, new { text, language = "nl" });
        var desksLanguage = await client.PostAsync(Review, new { text });

        Assert.False(explicitDutch.HasErrors, explicitDutch.Body.ToString());
        Assert.Equal(explicitDutch.Body.ToString(), desksLanguage.Body.ToString());
        var review = explicitDutch.Path("reviewReply");
        Assert.Equal("nl", review.GetProperty("language").GetString());
        Assert.Equal(
            [("impossible-without-alternative", "Wat ik wel kan doen, is …"), ("call-back-later", "Mag ik een bericht noteren? Ik bel u om … uur terug.")],
            review.GetProperty("findings").EnumerateArray().Select(f => (Str(f, "rule"), Str(f, "suggestion"))));
        Assert.Equal("CLOSED", Str(review.GetProperty("questions")[0], "kind"));
    }

    [Fact]
    public async Task An_internal_note_is_not_checked_for_phone_manners()
    {
        var client = await host.NewOrganizationAsync();

        var response = await client.PostAsync(Review, new { text = "Hold on. I'll try the reset tomorrow.", language = "en", kind = "INTERNAL" });

        Assert.Equal(["vague-effort"], response.Path("reviewReply", "findings").EnumerateArray().Select(f => Str(f, "rule")));
    }

    [Fact]
    public async Task An_empty_text_gets_an_empty_review()
    {
        var response = await host.GraphQL().PostAsync(Review, new { text = "", language = "en" });

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(0, response.Path("reviewReply", "findings").GetArrayLength());
        Assert.Equal(0, response.Path("reviewReply", "questions").GetArrayLength());
    }

    [Fact]
    public async Task A_text_over_the_limit_is_refused_naming_the_text()
    {
        var response = await host.GraphQL().PostAsync(Review, new { text = new string('a', 10_001), language = "en" });

        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
        Assert.StartsWith("text:", response.FirstError.GetProperty("message").GetString());
        Assert.Contains("10000", response.FirstError.GetProperty("message").GetString());
    }

    private static string? Str(JsonElement element, string name) => element.GetProperty(name).GetString();
}
