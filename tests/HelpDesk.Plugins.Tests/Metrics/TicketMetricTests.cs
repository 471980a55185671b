using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

public sealed class TicketMetricTests
{
    private readonly Ticket ticket = new TicketBuilder()
        .WithPriority(TicketPriority.High)
        .FirstRepliedAfter(TimeSpan.FromMinutes(12))
        .ResolvedAfter(TimeSpan.FromHours(3))
        .Build();

    [Fact]
    public void The_plugin_defines_the_standard_help_desk_metrics()
    {
        using var harness = Start();

        var definitions = harness.Get<IMetricSource>().Definitions.Select(d => (d.Name, d.Unit, d.Aggregation));

        Assert.Equal(
            [
                ("tickets-opened", MetricUnit.Count, MetricAggregation.Sum),
                ("resolved-count", MetricUnit.Count, MetricAggregation.Sum),
                ("resolution-time", MetricUnit.Seconds, MetricAggregation.Distribution),
                ("first-response-time", MetricUnit.Seconds, MetricAggregation.Distribution),
                ("first-contact-resolution", MetricUnit.Ratio, MetricAggregation.Average),
                ("resolution-rate", MetricUnit.Ratio, MetricAggregation.Average),
                ("transfer-count", MetricUnit.Count, MetricAggregation.Sum),
                ("replies-per-ticket", MetricUnit.Count, MetricAggregation.Average),
                ("productivity", MetricUnit.Seconds, MetricAggregation.Average),
                ("repeat-contact-rate", MetricUnit.Ratio, MetricAggregation.Average),
                ("csat", MetricUnit.Ratio, MetricAggregation.Average),
                ("nps", MetricUnit.Score, MetricAggregation.Average),
                ("negative-response-rate", MetricUnit.Ratio, MetricAggregation.Average),
                ("promises-kept", MetricUnit.Ratio, MetricAggregation.Average),
                ("hold-time", MetricUnit.Seconds, MetricAggregation.Distribution),
            ],
            definitions);
    }

    [Fact]
    public async Task Opening_a_ticket_counts_one_ticket_opened_by_priority()
    {
        using var harness = Start();

        var observations = await harness.ObserveAsync(TestEvents.TicketOpened(ticket), ticket);

        var opened = observations.Single("tickets-opened");
        Assert.Equal((1d, ticket.CreatedAt), (opened.Value, opened.At));
        Assert.Equal(new Dictionary<string, string> { ["priority"] = "high" }, opened.Breakdown);
    }

    [Fact]
    public async Task The_first_reply_gives_the_first_response_time_in_seconds_per_agent()
    {
        using var harness = Start();

        var first = await harness.ObserveAsync(TestEvents.TicketReplied(ticket, agentId: "mila"), ticket);
        var later = await harness.ObserveAsync(TestEvents.TicketReplied(ticket, ticket.CreatedAt.AddHours(1), isFirstReply: false), ticket);

        var response = first.Single("first-response-time");
        Assert.Equal(720, response.Value);
        Assert.Equal("mila", response.Breakdown["agent"]);
        Assert.Empty(later);
    }

    [Fact]
    public async Task Resolving_counts_the_ticket_its_resolution_time_and_whether_it_was_first_contact()
    {
        using var harness = Start();

        var observations = await harness.ObserveAsync(TestEvents.TicketResolved(ticket, firstContact: true, serviceType: "Email"), ticket);

        Assert.Equal(
            ["resolved-count", "first-contact-resolution", "resolution-time", "resolution-rate", "replies-per-ticket", "productivity"],
            observations.Select(o => o.Metric));
        Assert.Equal(1, observations.Single("resolved-count").Value);
        Assert.Equal(1, observations.Single("first-contact-resolution").Value);
        var time = observations.Single("resolution-time");
        Assert.Equal(10_800, time.Value);
        Assert.Equal(ticket.ResolvedAt, time.At);
        Assert.Equal(new Dictionary<string, string> { ["serviceType"] = "email", ["agent"] = TestDefaults.AgentId, ["priority"] = "high" }, time.Breakdown);
    }

    [Fact]
    public async Task First_contact_resolution_is_the_share_of_tickets_resolved_in_the_first_interaction()
    {
        using var harness = Start();
        var observations = new List<MetricObservation>();

        foreach (var firstContact in new[] { true, true, true, false })
        {
            observations.AddRange(await harness.ObserveAsync(TestEvents.TicketResolved(ticket, firstContact: firstContact), ticket));
        }

        Assert.Equal(0.75, observations.Average("first-contact-resolution"));
        Assert.Equal(4, observations.Where(o => o.Metric == "resolved-count").Sum(o => o.Value));
    }

    [Fact]
    public async Task Without_a_recorded_service_type_the_ticket_service_label_is_used()
    {
        using var harness = Start();
        var tagged = ticket with { Tags = [new Tag { Name = "priority:high" }, new Tag { Name = "service:network" }] };

        var observations = await harness.ObserveAsync(TestEvents.TicketResolved(tagged), tagged);

        // The resolution rate is kept to the dimensions its opening end knew too.
        Assert.All(observations.Where(o => o.Metric != "resolution-rate"), o => Assert.Equal("network", o.Breakdown["serviceType"]));
    }

    [Fact]
    public async Task A_transfer_counts_once_with_the_team_it_went_to()
    {
        using var harness = Start();

        var observations = await harness.ObserveAsync(TestEvents.TicketTransferred(ticket, "network"), ticket);

        var transfer = observations.Single("transfer-count");
        Assert.Equal((1d, "network"), (transfer.Value, transfer.Breakdown["to"]));
    }

    [Fact]
    public async Task An_organisation_can_turn_off_the_breakdown_per_agent()
    {
        using var harness = Start("""{"breakdownByAgent": false}""");

        var observations = await harness.ObserveAsync(TestEvents.TicketResolved(ticket), ticket);

        Assert.All(observations, o => Assert.False(o.Breakdown.ContainsKey("agent")));
    }

    [Fact]
    public async Task Without_the_ticket_the_durations_are_skipped_but_counts_still_count()
    {
        using var harness = Start();

        var observations = await harness.ObserveAsync(TestEvents.TicketResolved(ticket), ticket: null);

        Assert.Equal(["resolved-count", "first-contact-resolution", "resolution-rate", "replies-per-ticket"], observations.Select(o => o.Metric));
    }
}
