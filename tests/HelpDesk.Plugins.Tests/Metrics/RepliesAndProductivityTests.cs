using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

public sealed class RepliesAndProductivityTests
{
    private static readonly DateTimeOffset Morning = TestDefaults.Now;

    [Fact]
    public async Task Replies_per_ticket_counts_the_agent_replies_a_ticket_needed_until_it_was_resolved()
    {
        using var harness = Start();
        var chatty = Ticket(1);
        var quick = Ticket(2);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(chatty), chatty),
            (TestEvents.TicketOpened(quick), quick),
            (TestEvents.TicketReplied(chatty, Morning.AddMinutes(5)), chatty),
            (TestEvents.TicketReplied(quick, Morning.AddMinutes(6)), quick),
            (new NoteAdded { Id = "note-1", OrganizationId = chatty.OrganizationId, TicketId = chatty.Id, OccurredAt = Morning.AddMinutes(7), NoteId = "n-1" }, chatty),
            (TestEvents.TicketReplied(chatty, Morning.AddMinutes(20), isFirstReply: false), chatty),
            (TestEvents.TicketResolved(quick, Morning.AddMinutes(30)), quick),
            (TestEvents.TicketReplied(chatty, Morning.AddMinutes(40), isFirstReply: false), chatty),
            (TestEvents.TicketResolved(chatty, Morning.AddHours(1)), chatty),
        ]);

        Assert.Equal([(1d, 1d), (3d, 1d)], observations.Of("replies-per-ticket").Select(o => (o.Value, o.Denominator)));
        Assert.Equal(2, observations.Average("replies-per-ticket"));
    }

    [Fact]
    public async Task Replies_after_a_reopening_add_to_the_same_ticket()
    {
        using var harness = Start();
        var ticket = Ticket(1);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(ticket), ticket),
            (TestEvents.TicketReplied(ticket, Morning.AddMinutes(10)), ticket),
            (TestEvents.TicketResolved(ticket, Morning.AddHours(1)), ticket),
            (DeskEvents.Reopened(ticket, Morning.AddDays(1)), ticket),
            (TestEvents.TicketReplied(ticket, Morning.AddDays(1).AddMinutes(5), isFirstReply: false), ticket),
            (TestEvents.TicketReplied(ticket, Morning.AddDays(1).AddMinutes(50), isFirstReply: false), ticket),
            (TestEvents.TicketResolved(ticket, Morning.AddDays(1).AddHours(1)), ticket),
        ]);

        Assert.Equal([(1d, 1d), (2d, 0d)], observations.Of("replies-per-ticket").Select(o => (o.Value, o.Denominator)));
        Assert.Equal(3, observations.Average("replies-per-ticket"));
    }

    [Fact]
    public async Task Productivity_is_the_handling_time_per_resolved_ticket_by_service_type()
    {
        using var harness = Start();
        var mail = Ticket(1);
        var printerJam = Ticket(2);
        var printerDriver = Ticket(3);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(mail), mail),
            (TestEvents.TicketOpened(printerJam), printerJam),
            (TestEvents.TicketOpened(printerDriver), printerDriver),
            (TestEvents.TicketResolved(mail, Morning.AddHours(1), serviceType: "email"), mail),
            (TestEvents.TicketResolved(printerDriver, Morning.AddHours(1), serviceType: "printing"), printerDriver),
            (TestEvents.TicketResolved(printerJam, Morning.AddHours(3), serviceType: "printing"), printerJam),
        ]);

        Assert.Equal(3_600, observations.Average("productivity", "serviceType", "email"));
        Assert.Equal(7_200, observations.Average("productivity", "serviceType", "printing"));
    }

    [Fact]
    public async Task Productivity_leaves_out_the_time_a_ticket_spent_resolved_before_it_was_reopened()
    {
        using var harness = Start();
        var ticket = Ticket(1);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(ticket), ticket),
            (TestEvents.TicketResolved(ticket, Morning.AddHours(1), serviceType: "network"), ticket),
            (DeskEvents.Reopened(ticket, Morning.AddHours(25)), ticket),
            (TestEvents.TicketResolved(ticket, Morning.AddHours(27), serviceType: "network"), ticket),
        ]);

        Assert.Equal([(3_600d, 1d), (7_200d, 0d)], observations.Of("productivity").Select(o => (o.Value, o.Denominator)));
        Assert.Equal(10_800, observations.Average("productivity", "serviceType", "network"));
        Assert.Equal([3_600d, 97_200d], observations.Of("resolution-time").Select(o => o.Value));
    }

    private static Ticket Ticket(int number) =>
        new TicketBuilder().WithId($"ticket-{number}").WithNumber(number).CreatedAt(Morning).Build();
}
