using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Instants_keep_every_tick_and_their_offset()
    {
        // A store that keeps dates as milliseconds (a BSON date) would lose the last four digits of the engine's clock.
        var ticket = Samples.FullTicket(OrgA, 1) with
        {
            CreatedAt = Samples.Now.AddTicks(1_234_567),
            UpdatedAt = Samples.Now.AddTicks(1_234_568).ToOffset(TimeSpan.FromHours(-9.5)),
        };
        var opened = Samples.Opened(ticket);

        await InsertAsync(ticket, null, opened);

        var found = await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct);
        var logged = Assert.Single(await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct)).Event;
        Assert.Equal(ticket.CreatedAt.UtcTicks, found!.CreatedAt.UtcTicks);
        Assert.Equal(ticket.UpdatedAt.UtcTicks, found.UpdatedAt.UtcTicks);
        Assert.Equal(TimeSpan.FromHours(-9.5), found.UpdatedAt.Offset);
        Assert.Equal(opened.OccurredAt.UtcTicks, logged.OccurredAt.UtcTicks);
        AssertSameTicket(ticket, found);
    }

    [Fact]
    public async Task A_ticket_write_whose_event_id_is_taken_is_refused_whole()
    {
        var first = await InsertAsync(Samples.Ticket(OrgA, 1), null, Samples.Opened(Samples.Ticket(OrgA, 1), id: "e-taken"));
        var second = Samples.Ticket(OrgA, 2);

        var onInsert = await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync(second, "key-2", Samples.Opened(second, id: "e-taken")));
        var onUpdate = await Assert.ThrowsAsync<DuplicateKeyException>(
            () => Store.Tickets.UpdateAsync(first with { Subject = "Changed", Version = 2 }, 1, [Samples.Assigned(first, "agent-1", "e-taken")], Ct));

        Assert.Equal(("event", "id"), (onInsert.Entity, onInsert.Key));
        Assert.Equal(("event", "id"), (onUpdate.Entity, onUpdate.Key));
        Assert.Null(await Store.Tickets.FindAsync(OrgA, second.Id, Ct));
        Assert.Null(await Store.Tickets.FindByIdempotencyKeyAsync(OrgA, "key-2", Ct));
        AssertSameTicket(first, await Store.Tickets.FindAsync(OrgA, first.Id, Ct));
        Assert.Equal(["e-taken"], (await Store.Events.ReadAsync(OrgA, 0, 10, Ct)).Select(e => e.Event.Id));
    }

    [Fact]
    public async Task An_event_id_is_taken_per_organisation()
    {
        var ticketA = Samples.Ticket(OrgA, 1);
        var ticketB = Samples.Ticket(OrgB, 1);

        await InsertAsync(ticketA, null, Samples.Opened(ticketA, id: "e-1"));
        await InsertAsync(ticketB, null, Samples.Opened(ticketB, id: "e-1"));

        Assert.Equal("e-1", Assert.Single(await Store.Events.ReadTicketAsync(OrgB, ticketB.Id, Ct)).Event.Id);
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Events.AppendAsync([Samples.Assigned(ticketA, "agent-1", "e-1")], Ct));
        Assert.Single(await Store.Events.ReadAsync(OrgA, 0, 10, Ct));
        Assert.IsType<TicketOpened>(Assert.Single(await Store.Events.ReadAsync(OrgB, 0, 10, Ct)).Event);
    }

    [Fact]
    public async Task An_updated_ticket_is_still_found_by_the_idempotency_key_it_was_created_with()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1), idempotencyKey: "create-1");
        var changed = ticket with { Subject = "Printer fixed", Version = 2 };

        await Store.Tickets.UpdateAsync(changed, 1, [], Ct);

        AssertSameTicket(changed, await Store.Tickets.FindByIdempotencyKeyAsync(OrgA, "create-1", Ct));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync(Samples.Ticket(OrgA, 2), idempotencyKey: "create-1"));
    }
}
