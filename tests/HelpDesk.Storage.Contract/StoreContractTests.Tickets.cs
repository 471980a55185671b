using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task A_ticket_reads_back_with_every_field_as_it_was_written()
    {
        var ticket = await InsertAsync(Samples.FullTicket(OrgA, 1));

        var found = await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct);

        AssertSameTicket(ticket, found);
        Assert.Equal(TimeSpan.FromHours(2), found!.CreatedAt.Offset);
        Assert.Equal(TimeSpan.FromHours(5.5), found.Escalation!.DecidedAt.Offset);
        Assert.Equal(TimeSpan.FromHours(-7), found.Escalation.FollowUpAt!.Value.Offset);
        Assert.Equal(0.73, found.Tags[0].Confidence);
        Assert.Equal(TicketStatus.Pending, found.Status);
    }

    [Fact]
    public async Task Another_organisations_ticket_is_not_found_by_id_batch_or_idempotency_key()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1), idempotencyKey: "key-1");

        Assert.Null(await Store.Tickets.FindAsync(OrgB, ticket.Id, Ct));
        Assert.Empty(await Store.Tickets.FindManyAsync(OrgB, [ticket.Id], Ct));
        Assert.Null(await Store.Tickets.FindByIdempotencyKeyAsync(OrgB, "key-1", Ct));
        Assert.Empty(await Store.Events.ReadTicketAsync(OrgB, ticket.Id, Ct));
    }

    [Fact]
    public async Task A_batch_find_returns_the_known_tickets_and_leaves_out_unknown_ids()
    {
        var one = await InsertAsync(Samples.Ticket(OrgA, 1));
        var two = await InsertAsync(Samples.Ticket(OrgA, 2));
        await InsertAsync(Samples.Ticket(OrgA, 3));

        var found = await Store.Tickets.FindManyAsync(OrgA, [two.Id, "missing", one.Id, one.Id], Ct);

        Assert.Equal([1L, 2L], found.Select(t => t.Number).Order());
        Assert.Empty(await Store.Tickets.FindManyAsync(OrgA, [], Ct));
    }

    [Fact]
    public async Task An_update_with_the_version_read_stores_the_new_state()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));
        var changed = ticket with { Status = TicketStatus.Open, AssigneeId = "agent-9", UpdatedAt = Samples.Now.AddHours(3), Version = 2 };

        await Store.Tickets.UpdateAsync(changed, expectedVersion: 1, [Samples.Assigned(changed, "agent-9", "e-assigned")], Ct);

        AssertSameTicket(changed, await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct));
        var third = changed with { Status = TicketStatus.Resolved, Version = 3 };
        await Store.Tickets.UpdateAsync(third, expectedVersion: 2, [], Ct);
        Assert.Equal(3, (await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct))!.Version);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_refused_and_changes_nothing()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));
        var winner = ticket with { Subject = "Winner", Version = 2 };
        await Store.Tickets.UpdateAsync(winner, expectedVersion: 1, [], Ct);
        var loser = ticket with { Subject = "Loser", Version = 2 };

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Tickets.UpdateAsync(loser, expectedVersion: 1, [Samples.Assigned(loser, "agent-1", "e-lost")], Ct));

        Assert.Equal(ticket.Id, conflict.Id);
        Assert.Equal(1, conflict.ExpectedVersion);
        AssertSameTicket(winner, await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct));
        Assert.DoesNotContain(await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct), e => e.Event.Id == "e-lost");
    }

    [Fact]
    public async Task An_update_of_a_missing_or_foreign_ticket_is_a_conflict()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Tickets.UpdateAsync(Samples.Ticket(OrgA, 2) with { Version = 2 }, 1, [], Ct));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Tickets.UpdateAsync(ticket with { OrganizationId = OrgB, Version = 2 }, 1, [], Ct));
        AssertSameTicket(ticket, await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct));
    }

    [Fact]
    public async Task Of_many_concurrent_updates_from_one_version_exactly_one_wins()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));

        var attempts = Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await Store.Tickets.UpdateAsync(ticket with { Subject = $"Attempt {i}", Version = 2 }, 1, [], Ct);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
        Assert.Equal(2, (await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct))!.Version);
    }
}
