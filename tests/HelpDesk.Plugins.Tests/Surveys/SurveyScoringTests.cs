using HelpDesk.Sdk.Testing;
using Microsoft.Extensions.Logging;
using static HelpDesk.Plugins.Tests.Surveys.SurveysHarness;

namespace HelpDesk.Plugins.Tests.Surveys;

public sealed class SurveyScoringTests
{
    [Fact]
    public async Task Good_answers_are_scored_and_need_no_follow_up()
    {
        using var harness = Start();

        var score = await harness.ScoreAsync(Response(csat: 5, nps: 10).Build());

        Assert.Equal((5, 10, false), (score.Csat, score.Nps, score.IsLow));
        Assert.Empty(score.FollowUps);
    }

    [Fact]
    public async Task A_low_csat_asks_a_supervisor_to_call_back_within_a_day_with_the_callers_words()
    {
        using var harness = Start();
        harness.Clock.Advance(TimeSpan.FromHours(3));

        var score = await harness.ScoreAsync(Response(csat: 2, nps: 8).WithComment("Nobody called me back.").Build());

        Assert.True(score.IsLow);
        var followUp = Assert.Single(score.FollowUps);
        Assert.Equal("supervisor", followUp.AssignTo);
        Assert.Equal(TestDefaults.Now.AddHours(3 + 24), followUp.DueAt);
        Assert.Equal(
            "Low survey answer on ticket ticket-42: CSAT 2 of 5, NPS 8 of 10 (low is CSAT 2 or less, NPS 6 or less). Call the caller back to hear what went wrong. They wrote: \"Nobody called me back.\"",
            followUp.Reason);
    }

    [Theory]
    [InlineData(3, 7, false)]
    [InlineData(3, 6, true)]
    [InlineData(2, 7, true)]
    [InlineData(3, null, false)]
    [InlineData(null, 0, true)]
    public async Task An_answer_is_low_at_csat_2_or_less_or_nps_6_or_less(int? csat, int? nps, bool low)
    {
        using var harness = Start();

        var score = await harness.ScoreAsync(Response(csat, nps).Build());

        Assert.Equal(low, score.IsLow);
        Assert.Equal(low ? 1 : 0, score.FollowUps.Count);
    }

    [Fact]
    public async Task An_organisation_sets_its_own_thresholds_role_and_deadline()
    {
        using var harness = Start("""{"lowCsat": 3, "lowNps": 4, "followUpHours": 4, "followUpAssignTo": "team-lead"}""");

        var score = await harness.ScoreAsync(Response(csat: 3, nps: 5).Build());

        var followUp = Assert.Single(score.FollowUps);
        Assert.Equal(("team-lead", TestDefaults.Now.AddHours(4)), (followUp.AssignTo, followUp.DueAt));
        Assert.Contains("(low is CSAT 3 or less, NPS 4 or less)", followUp.Reason);
    }

    [Fact]
    public async Task A_comment_alone_is_not_scored()
    {
        using var harness = Start();

        var score = await harness.ScoreAsync(Response().WithComment("Fine").Build());

        Assert.Equal((null, null, false), (score.Csat, score.Nps, score.IsLow));
    }

    [Fact]
    public async Task A_score_outside_its_scale_is_left_out_and_logged()
    {
        using var harness = Start();

        var score = await harness.ScoreAsync(Response(csat: 9, nps: 9).Build());

        Assert.Equal((null, 9, false), (score.Csat, score.Nps, score.IsLow));
        var warning = Assert.Single(harness.Log.AtLeast(LogLevel.Warning));
        Assert.Equal("Response r-1 answers 'csat' with 9, outside 1 to 5; the answer is not scored.", warning.Message);
    }
}
