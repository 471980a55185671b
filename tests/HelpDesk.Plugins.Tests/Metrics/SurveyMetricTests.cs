using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

public sealed class SurveyMetricTests
{
    private readonly Ticket ticket = new TicketBuilder().AssignedTo("mila").WithTags("service:printing").Build();

    [Theory]
    [InlineData(5, 1)]
    [InlineData(4, 1)]
    [InlineData(3, 0)]
    [InlineData(1, 0)]
    public async Task A_csat_answer_of_4_or_5_counts_as_satisfied(int score, double expected)
    {
        using var harness = Start();

        var observations = await harness.ObserveAsync(Answered(csat: score), ticket);

        Assert.Equal(expected, observations.Single("csat").Value);
    }

    [Theory]
    [InlineData(10, 100)]
    [InlineData(9, 100)]
    [InlineData(8, 0)]
    [InlineData(7, 0)]
    [InlineData(6, -100)]
    [InlineData(0, -100)]
    public async Task An_nps_answer_counts_as_promoter_passive_or_detractor(int score, double expected)
    {
        using var harness = Start();

        var observations = await harness.ObserveAsync(Answered(nps: score), ticket);

        Assert.Equal(expected, observations.Single("nps").Value);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    [InlineData(10, 0)]
    public async Task An_nps_answer_of_2_or_lower_is_a_negative_response(int score, double expected)
    {
        using var harness = Start();

        var observations = await harness.ObserveAsync(Answered(nps: score), ticket);

        var negative = observations.Single("negative-response-rate");
        Assert.Equal((expected, 1d), (negative.Value, negative.Denominator));
    }

    [Fact]
    public async Task The_negative_response_rate_is_the_share_of_nps_answers_of_2_or_lower_and_ignores_csat()
    {
        using var harness = Start();
        var observations = new List<MetricObservation>();

        foreach (var (csat, nps) in new (int?, int?)[] { (1, 10), (1, 8), (5, 2), (null, 0), (2, null) })
        {
            observations.AddRange(await harness.ObserveAsync(Answered(csat, nps), ticket));
        }

        Assert.Equal(0.5, observations.Average("negative-response-rate"));
    }

    [Fact]
    public async Task Averaged_over_answers_csat_is_the_satisfied_share_and_nps_the_net_promoter_score()
    {
        using var harness = Start();
        var observations = new List<MetricObservation>();
        int[] csat = [5, 4, 2, 1];
        int[] nps = [10, 9, 10, 9, 9, 8, 7, 7, 3, 6];

        for (var i = 0; i < nps.Length; i++)
        {
            observations.AddRange(await harness.ObserveAsync(Answered(i < csat.Length ? csat[i] : null, nps[i]), ticket));
        }

        Assert.Equal(0.5, observations.Average("csat"));
        Assert.Equal(30, observations.Average("nps"), precision: 10);
    }

    [Fact]
    public async Task Survey_metrics_are_broken_down_by_the_agent_who_owned_the_ticket_and_its_service()
    {
        using var harness = Start();

        var observations = await harness.ObserveAsync(Answered(csat: 5, nps: 10, comment: "Quick and friendly"), ticket);

        Assert.Equal(["csat", "nps", "negative-response-rate"], observations.Select(o => o.Metric));
        Assert.All(observations, o => Assert.Equal(("mila", "printing"), (o.Breakdown["agent"], o.Breakdown["serviceType"])));
    }

    [Fact]
    public async Task Scores_outside_their_scale_and_other_questions_are_not_counted()
    {
        using var harness = Start();
        var response = new SurveyResponseBuilder().ForTicket(ticket).WithCsat(0).WithNps(11).WithAnswer("effort", 2).Build();

        var observations = await harness.ObserveAsync(TestEvents.SurveyAnswered(response), ticket);

        Assert.Empty(observations);
    }

    [Fact]
    public async Task An_organisation_can_count_only_the_top_csat_score_as_satisfied()
    {
        using var harness = Start("""{"satisfiedCsatFrom": 5}""");

        var observations = await harness.ObserveAsync(Answered(csat: 4), ticket);

        Assert.Equal(0, observations.Single("csat").Value);
    }

    private Sdk.Events.SurveyAnswered Answered(int? csat = null, int? nps = null, string? comment = null)
    {
        var builder = new SurveyResponseBuilder().ForTicket(ticket);
        builder = csat is { } c ? builder.WithCsat(c) : builder;
        builder = nps is { } n ? builder.WithNps(n) : builder;
        builder = comment is { } text ? builder.WithComment(text) : builder;
        return TestEvents.SurveyAnswered(builder.Build());
    }
}
