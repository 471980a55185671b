using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Notes_written_with_ticket_changes_are_listed_oldest_first_with_every_field()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));
        var late = NoteSamples.Note(ticket, "n-late", Samples.Now.AddMinutes(5), NoteKind.Reply);
        var early = NoteSamples.Note(ticket, "n-early", Samples.Now.AddMinutes(1));

        // One tick later: the order holds below the millisecond. Same instant, other offset: ties go by id.
        var tick = NoteSamples.Note(ticket, "n-tick", early.CreatedAt.AddTicks(1));
        var tieB = NoteSamples.Note(ticket, "n-b", Samples.Now.AddMinutes(3));
        var tieA = NoteSamples.Note(ticket, "n-a", tieB.CreatedAt.ToOffset(TimeSpan.FromHours(5.5)));
        var second = ticket with { Version = 2 };
        await Store.Tickets.UpdateAsync(second, 1, [NoteSamples.Noted(late), NoteSamples.Noted(early)], [late, early], Ct);
        await Store.Tickets.UpdateAsync(second with { Version = 3 }, 2, [NoteSamples.Noted(tick)], [tick, tieB, tieA], Ct);

        var notes = await Store.Notes.ListAsync(OrgA, ticket.Id, Ct);

        Assert.Equal(new[] { early, tick, tieA, tieB, late }.Select(Samples.Json), notes.Select(Samples.Json));
        Assert.Equal(TimeSpan.FromHours(5.5), notes[2].CreatedAt.Offset);
        Assert.Equal(
            ["ticket.opened", "note.added", "note.added", "note.added"],
            (await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct)).Select(e => e.Event.Type));
        Assert.Equal(3, (await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct))!.Version);
    }

    [Fact]
    public async Task A_ticket_change_that_loses_the_race_writes_no_note_and_no_event()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));
        await Store.Tickets.UpdateAsync(ticket with { Subject = "Winner", Version = 2 }, 1, [], [], Ct);
        var lost = NoteSamples.Note(ticket, "n-lost", Samples.Now);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Tickets.UpdateAsync(ticket with { Subject = "Loser", Version = 2 }, 1, [NoteSamples.Noted(lost)], [lost], Ct));

        Assert.Empty(await Store.Notes.ListAsync(OrgA, ticket.Id, Ct));
        Assert.Equal(["ticket.opened"], (await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct)).Select(e => e.Event.Type));
        Assert.Equal("Winner", (await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct))!.Subject);
    }

    [Fact]
    public async Task A_note_of_another_ticket_or_organisation_is_refused_before_anything_is_written()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));
        var other = await InsertAsync(Samples.Ticket(OrgA, 2));
        var ofOtherTicket = NoteSamples.Note(other, "n-1", Samples.Now);
        var ofOtherOrganisation = NoteSamples.Note(ticket, "n-2", Samples.Now) with { OrganizationId = OrgB };

        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.Tickets.UpdateAsync(ticket with { Version = 2 }, 1, [NoteSamples.Noted(NoteSamples.Note(ticket, "n-1", Samples.Now))], [ofOtherTicket], Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Tickets.UpdateAsync(ticket with { Version = 2 }, 1, [], [ofOtherOrganisation], Ct));

        Assert.Equal(1, (await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct))!.Version);
        Assert.Empty(await Store.Notes.ListForTicketsAsync(OrgA, [ticket.Id, other.Id], Ct));
        Assert.Empty(await Store.Notes.ListAsync(OrgB, ticket.Id, Ct));
        Assert.Single(await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct));
    }

    [Fact]
    public async Task A_taken_note_id_refuses_the_whole_ticket_change()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));
        var other = await InsertAsync(Samples.Ticket(OrgA, 2));
        var foreign = await InsertAsync(Samples.Ticket(OrgB, 1));
        await Store.Tickets.UpdateAsync(ticket with { Version = 2 }, 1, [], [NoteSamples.Note(ticket, "n-1", Samples.Now)], Ct);
        var clash = NoteSamples.Note(other, "n-1", Samples.Now);

        var duplicate = await Assert.ThrowsAsync<DuplicateKeyException>(
            () => Store.Tickets.UpdateAsync(other with { Subject = "Changed", Version = 2 }, 1, [NoteSamples.Noted(clash, "e-clash")], [clash], Ct));
        await Store.Tickets.UpdateAsync(foreign with { Version = 2 }, 1, [], [NoteSamples.Note(foreign, "n-1", Samples.Now)], Ct);

        Assert.Equal(("note", "id"), (duplicate.Entity, duplicate.Key));
        AssertSameTicket(other, await Store.Tickets.FindAsync(OrgA, other.Id, Ct));
        Assert.Empty(await Store.Notes.ListAsync(OrgA, other.Id, Ct));
        Assert.DoesNotContain(await Store.Events.ReadAsync(OrgA, 0, 100, Ct), e => e.Event.Id == "e-clash");
        Assert.Equal(foreign.Id, Assert.Single(await Store.Notes.ListAsync(OrgB, foreign.Id, Ct)).TicketId);
    }

    [Fact]
    public async Task Notes_of_several_tickets_are_listed_in_one_call_oldest_first_within_the_organisation()
    {
        var first = await InsertAsync(Samples.Ticket(OrgA, 1));
        var second = await InsertAsync(Samples.Ticket(OrgA, 2));
        var third = await InsertAsync(Samples.Ticket(OrgA, 3));
        var sameIdElsewhere = await InsertAsync(Samples.Ticket(OrgB, 1, id: first.Id));
        await AddNotesAsync(first, NoteSamples.Note(first, "n-1", Samples.Now.AddMinutes(3)));
        await AddNotesAsync(second, NoteSamples.Note(second, "n-2", Samples.Now.AddMinutes(1)), NoteSamples.Note(second, "n-3", Samples.Now.AddMinutes(4)));
        await AddNotesAsync(third, NoteSamples.Note(third, "n-4", Samples.Now.AddMinutes(2)));
        await AddNotesAsync(sameIdElsewhere, NoteSamples.Note(sameIdElsewhere, "n-5", Samples.Now));

        var batch = await Store.Notes.ListForTicketsAsync(OrgA, [first.Id, second.Id, "missing", first.Id], Ct);

        Assert.Equal(["n-2", "n-1", "n-3"], batch.Select(n => n.Id));
        Assert.Empty(await Store.Notes.ListForTicketsAsync(OrgA, [], Ct));
        Assert.Equal(["n-1"], (await Store.Notes.ListAsync(OrgA, first.Id, Ct)).Select(n => n.Id));
        Assert.Equal(["n-5"], (await Store.Notes.ListForTicketsAsync(OrgB, [first.Id, second.Id], Ct)).Select(n => n.Id));
    }

    private async Task AddNotesAsync(Ticket ticket, params Note[] notes)
    {
        DomainEvent[] events = [.. notes.Select(n => NoteSamples.Noted(n))];
        await Store.Tickets.UpdateAsync(ticket with { Version = ticket.Version + 1 }, ticket.Version, events, notes, Ct);
    }
}
