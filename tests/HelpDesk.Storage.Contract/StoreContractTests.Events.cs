using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Events_written_with_a_ticket_read_back_in_order_with_their_types()
    {
        var ticket = Samples.FullTicket(OrgA, 1);
        DomainEvent[] written =
        [
            Samples.Opened(ticket),
            new TicketTagged
            {
                Id = "e-tagged", OrganizationId = OrgA, TicketId = ticket.Id, OccurredAt = Samples.Now,
                Added = [ticket.Tags[0]], Removed = ["old"],
            },
            new TicketEscalated
            {
                Id = "e-escalated", OrganizationId = OrgA, TicketId = ticket.Id, OccurredAt = Samples.Now,
                Decision = ticket.Escalation!, PreviousTier = SupportTier.FirstLevel,
            },
        ];
        await Store.Tickets.InsertAsync(ticket, null, written, Ct);
        var reply = new TicketReplied { Id = "e-replied", OrganizationId = OrgA, TicketId = ticket.Id, OccurredAt = Samples.Now, NoteId = "n-1", IsFirstReply = true };
        await Store.Tickets.UpdateAsync(ticket with { Version = 2 }, 1, [reply], Ct);

        var read = await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct);

        Assert.Equal([.. written.Select(Samples.Json<DomainEvent>), Samples.Json<DomainEvent>(reply)], read.Select(e => Samples.Json(e.Event)));
        Assert.IsType<TicketEscalated>(read[2].Event);
        Assert.Equal(["ticket.opened", "ticket.tagged", "ticket.escalated", "ticket.replied"], read.Select(e => e.Event.Type));
        Assert.Equal(read.Select(e => e.Sequence).Order(), read.Select(e => e.Sequence));
        Assert.Equal(read.Count, read.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task The_log_reads_an_organisations_events_in_pages_after_a_sequence()
    {
        for (var n = 1; n <= 5; n++)
        {
            await InsertAsync(Samples.Ticket(OrgA, n));
            await InsertAsync(Samples.Ticket(OrgB, n));
        }

        var first = await Store.Events.ReadAsync(OrgA, afterSequence: 0, limit: 3, Ct);
        var rest = await Store.Events.ReadAsync(OrgA, first[^1].Sequence, limit: 10, Ct);

        Assert.Equal(3, first.Count);
        Assert.Equal(2, rest.Count);
        Assert.All(first.Concat(rest), e => Assert.Equal(OrgA, e.Event.OrganizationId));
        Assert.Equal(
            Enumerable.Range(1, 5).Select(n => (long)n),
            first.Concat(rest).Select(e => Assert.IsType<TicketOpened>(e.Event).Number));
        Assert.Empty(await Store.Events.ReadAsync(OrgA, rest[^1].Sequence, 10, Ct));
    }

    [Fact]
    public async Task Events_appended_on_their_own_join_the_organisations_log()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));
        var survey = new SurveyAnswered
        {
            Id = "e-survey", OrganizationId = OrgA, TicketId = ticket.Id, OccurredAt = Samples.Now.AddDays(1),
            Response = new SurveyResponse
            {
                Id = "r-1", OrganizationId = OrgA, TicketId = ticket.Id, SurveyId = "csat", AnsweredAt = Samples.Now.AddDays(1),
                Answers = [new SurveyAnswer { QuestionId = "q1", Score = 5 }, new SurveyAnswer { QuestionId = "q2", Text = "Quick!" }],
            },
        };

        await Store.Events.AppendAsync([survey], Ct);
        await Store.Events.AppendAsync([], Ct);

        var read = await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct);
        Assert.Equal(["ticket.opened", "survey.answered"], read.Select(e => e.Event.Type));
        Assert.Equal(Samples.Json<DomainEvent>(survey), Samples.Json(read[1].Event));
        Assert.Empty(await Store.Events.ReadAsync(OrgB, 0, 10, Ct));
    }
}
