using HelpDesk.Sdk.Surveys;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Surveys.SurveysHarness;

namespace HelpDesk.Plugins.Tests.Surveys;

public sealed class SurveyPlanningTests
{
    [Fact]
    public async Task A_resolved_ticket_gets_a_csat_nps_and_comment_survey()
    {
        using var harness = Start();
        var ticket = new TicketBuilder().WithNumber(42).ResolvedAfter(TimeSpan.FromHours(2)).Build();

        var survey = await harness.PlanAsync(ticket, TestEvents.TicketResolved(ticket));

        Assert.NotNull(survey);
        Assert.Equal(("helpdesk.csat-nps", "How did we do with ticket #42?"), (survey.Id, survey.Title));
        Assert.Equal(
            [("csat", SurveyQuestionKind.Csat), ("nps", SurveyQuestionKind.Nps), ("comment", SurveyQuestionKind.FreeText)],
            survey.Questions.Select(q => (q.Id, q.Kind)));
        Assert.Equal("How likely are you to recommend us to a friend or colleague? (0 = not at all likely, 10 = extremely likely)", survey.Questions[1].Text);
    }

    [Fact]
    public async Task Other_events_send_no_survey()
    {
        using var harness = Start();
        var ticket = new TicketBuilder().Build();

        Assert.Null(await harness.PlanAsync(ticket, TestEvents.TicketOpened(ticket)));
        Assert.Null(await harness.PlanAsync(ticket, TestEvents.TicketReplied(ticket)));
    }

    [Fact]
    public async Task An_organisation_can_turn_surveys_off()
    {
        using var harness = Start("""{"sendOn": "never"}""");
        var ticket = new TicketBuilder().ResolvedAfter(TimeSpan.FromHours(1)).Build();

        Assert.Null(await harness.PlanAsync(ticket, TestEvents.TicketResolved(ticket)));
    }

    [Fact]
    public void A_moment_the_plugin_does_not_know_is_refused_when_the_settings_are_checked()
    {
        var error = Assert.Throws<PluginHarnessException>(() => Start("""{"sendOn": "closed"}"""));

        Assert.Equal("Setting 'sendOn' must be one of resolved, never, but is \"closed\".", Assert.Single(error.Problems));
    }
}
