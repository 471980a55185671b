using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Testing.Tests;

public sealed class TestEventsTests
{
    private readonly Ticket ticket = new TicketBuilder()
        .WithId("t-1")
        .WithNumber(17)
        .WithPriority(TicketPriority.Urgent)
        .WithContact("c-1")
        .WithTransferCount(1)
        .FirstRepliedAfter(TimeSpan.FromMinutes(5))
        .ResolvedAfter(TimeSpan.FromHours(1))
        .Build();

    [Fact]
    public void Events_take_their_times_from_the_ticket_unless_told()
    {
        Assert.Equal(ticket.CreatedAt, TestEvents.TicketOpened(ticket).OccurredAt);
        Assert.Equal(ticket.FirstRepliedAt, TestEvents.TicketReplied(ticket).OccurredAt);
        Assert.Equal(ticket.ResolvedAt, TestEvents.TicketResolved(ticket).OccurredAt);
        Assert.Equal(TestDefaults.Now.AddDays(2), TestEvents.TicketResolved(ticket, TestDefaults.Now.AddDays(2)).OccurredAt);
    }

    [Fact]
    public void Events_carry_the_ticket_facts_and_the_acting_agent()
    {
        var opened = TestEvents.TicketOpened(ticket);
        var replied = TestEvents.TicketReplied(ticket, agentId: "agent-7");
        var resolved = TestEvents.TicketResolved(ticket, firstContact: true, serviceType: "email");
        var transferred = TestEvents.TicketTransferred(ticket, "network");

        Assert.Equal((17L, TicketPriority.Urgent, "c-1", "t-1", TestDefaults.OrganizationId), (opened.Number, opened.Priority, opened.ContactId, opened.TicketId, opened.OrganizationId));
        Assert.Equal(("agent-7", true), (replied.ActorId, replied.IsFirstReply));
        Assert.Equal((true, "email", TestDefaults.AgentId), (resolved.FirstContact, resolved.ServiceType, resolved.ActorId));
        Assert.Equal(("network", 2, true), (transferred.To, transferred.TransferCount, transferred.Warm));
    }

    [Fact]
    public void Every_event_gets_its_own_id()
    {
        var ids = Enumerable.Range(0, 5).Select(_ => TestEvents.TicketOpened(ticket).Id).ToList();

        Assert.Equal(5, ids.Distinct().Count());
    }

    [Fact]
    public void A_survey_answered_event_wraps_the_response_at_its_answer_time()
    {
        var response = new SurveyResponseBuilder().ForTicket(ticket).WithCsat(5).AnsweredAt(TestDefaults.Now.AddHours(4)).Build();

        var answered = TestEvents.SurveyAnswered(response);

        Assert.Same(response, answered.Response);
        Assert.Equal(("t-1", TestDefaults.Now.AddHours(4)), (answered.TicketId, answered.OccurredAt));
    }
}
