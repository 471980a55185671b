using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;
using static HelpDesk.Plugins.Tests.ReplyReview.ReplyReviewHarness;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.Tests.ReplyReview;

public sealed class SettingsAndLanguageTests
{
    private const string ThreeWeakPhrases = "Hold on. I'm just a clerk, but I'll try to help.";

    [Fact]
    public async Task Rules_an_organisation_disabled_are_not_checked()
    {
        using var harness = Start("""{"disabledRules": ["hold-on", "self-deprecation"]}""");

        var review = await harness.ReviewAsync(ThreeWeakPhrases);

        Assert.Equal([VagueEffort], review.Rules());
    }

    [Fact]
    public async Task Questions_are_not_listed_when_the_organisation_turned_classification_off()
    {
        using var harness = Start("""{"classifyQuestions": false}""");

        var review = await harness.ReviewAsync("What happened? Did you restart it?");

        Assert.Empty(review.Questions);
    }

    [Fact]
    public async Task Disabling_a_rule_that_does_not_exist_is_refused_naming_the_setting()
    {
        using var harness = Start("""{"disabledRules": ["rudeness"]}""");

        var error = await Assert.ThrowsAsync<PluginSettingsException>(() => harness.ReviewAsync("Hello."));

        Assert.Equal("disabledRules", error.Setting);
        Assert.Contains("rudeness", error.Message);
    }

    [Fact]
    public async Task An_internal_note_is_not_checked_for_how_the_caller_is_addressed_on_the_phone()
    {
        using var harness = Start();

        var reply = await harness.ReviewAsync(ThreeWeakPhrases, kind: NoteKind.Reply);
        var note = await harness.ReviewAsync(ThreeWeakPhrases, kind: NoteKind.Internal);

        Assert.Equal([HoldOn, SelfDeprecation, VagueEffort], reply.Rules());
        Assert.Equal([VagueEffort], note.Rules());
    }

    [Theory]
    [InlineData("nl-BE", "nl")]
    [InlineData("FR", "fr")]
    [InlineData("es", "en")]
    public async Task The_language_is_chosen_by_its_primary_subtag_and_unknown_ones_get_the_english_rules(string requested, string applied)
    {
        using var harness = Start();

        var review = await harness.ReviewAsync("I'll try.", requested);

        Assert.Equal(applied, review.Language);
    }

    [Fact]
    public async Task An_empty_text_has_nothing_to_review()
    {
        using var harness = Start();

        var review = await harness.ReviewAsync("");

        Assert.Empty(review.Findings);
        Assert.Empty(review.Questions);
    }
}
