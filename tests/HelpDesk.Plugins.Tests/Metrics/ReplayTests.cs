using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

/// <summary>A rebuild replays the whole event log through the plugin while its store keeps what it had.</summary>
public sealed class ReplayTests
{
    private const string Teams = """{"agentTeams": {"mila": "network", "jo": "service-desk"}}""";
    private static readonly DateTimeOffset Morning = TestDefaults.Now;

    private readonly Ticket printer = new TicketBuilder().WithId("ticket-1").WithNumber(1).WithContact("anna")
        .WithPriority(TicketPriority.High).WithTags("service:printing").CreatedAt(Morning).Build();

    private readonly Ticket mailbox = new TicketBuilder().WithId("ticket-2").WithNumber(2).WithContact("anna")
        .WithTags("service:email").CreatedAt(Morning.AddHours(1)).Build();

    [Fact]
    public async Task Replaying_the_log_through_the_same_store_gives_identical_observations()
    {
        using var harness = Start(Teams);
        var log = Log();

        var first = await harness.ObserveAllAsync(log);
        var replay = await harness.ObserveAllAsync(log);

        Assert.Equal(first.Described(), replay.Described());
        Assert.Equal(1, replay.Average("resolution-rate"));
        Assert.Equal(1, replay.Average("repeat-contact-rate"));
        Assert.Equal(2, replay.Average("replies-per-ticket"));
        Assert.Equal("network", replay.Single("nps").Breakdown["team"]);
    }

    [Fact]
    public async Task A_replay_leaves_the_store_as_it_was()
    {
        using var harness = Start(Teams);
        var log = Log();
        await harness.ObserveAllAsync(log);
        var remembered = harness.Context.Store.Values;

        await harness.ObserveAllAsync(log);

        Assert.Equal(remembered, harness.Context.Store.Values);
    }

    [Fact]
    public async Task A_rebuild_after_the_plugin_joined_mid_way_counts_each_ticket_once_and_then_stays_stable()
    {
        using var harness = Start(Teams);
        var log = Log();
        var joinedAfterFirstResolution = log.FindIndex(e => e.Event is TicketReopened);
        await harness.ObserveAllAsync(log.Skip(joinedAfterFirstResolution));

        var rebuild = await harness.ObserveAllAsync(log);
        var secondRebuild = await harness.ObserveAllAsync(log);

        Assert.Equal(rebuild.Described(), secondRebuild.Described());
        Assert.Equal(2, rebuild.Of("resolution-rate").Count(o => o.Value == 1));
        Assert.Equal(2, rebuild.Of("replies-per-ticket").Sum(o => o.Denominator));
    }

    private List<(DomainEvent Event, Ticket? Ticket)> Log()
    {
        var survey = new SurveyResponseBuilder().ForTicket(printer).WithCsat(2).WithNps(1).WithComment("Took two days").Build();
        return
        [
            (TestEvents.TicketOpened(printer), printer),
            (DeskEvents.Assigned(printer, "jo", Morning.AddMinutes(2)), printer),
            (TestEvents.TicketReplied(printer, Morning.AddMinutes(9), agentId: "jo"), printer),
            (TestEvents.TicketOpened(mailbox), mailbox),
            (TestEvents.TicketTransferred(printer, "mila", Morning.AddHours(2), agentId: "jo"), printer),
            (TestEvents.TicketReplied(printer, Morning.AddHours(3), isFirstReply: false, agentId: "mila"), printer),
            (TestEvents.TicketReplied(mailbox, Morning.AddHours(3), agentId: "jo"), mailbox),
            (TestEvents.TicketResolved(mailbox, Morning.AddHours(4), firstContact: true, agentId: "jo"), mailbox),
            (TestEvents.TicketResolved(printer, Morning.AddHours(5), agentId: "mila"), printer),
            (DeskEvents.Reopened(printer, Morning.AddDays(1)), printer),
            (TestEvents.TicketReplied(printer, Morning.AddDays(1).AddMinutes(20), isFirstReply: false, agentId: "mila"), printer),
            (TestEvents.TicketResolved(printer, Morning.AddDays(1).AddHours(2), agentId: "mila"), printer),
            (TestEvents.SurveyAnswered(survey with { AnsweredAt = Morning.AddDays(2) }), printer),
        ];
    }
}
