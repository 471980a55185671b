using HelpDesk.Engine.Storage;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task A_ticket_is_found_by_the_idempotency_key_it_was_created_with()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1), idempotencyKey: "create-7f3a");
        await InsertAsync(Samples.Ticket(OrgA, 2));

        AssertSameTicket(ticket, await Store.Tickets.FindByIdempotencyKeyAsync(OrgA, "create-7f3a", Ct));
        Assert.Null(await Store.Tickets.FindByIdempotencyKeyAsync(OrgA, "never-sent", Ct));
    }

    [Fact]
    public async Task A_second_ticket_with_the_same_idempotency_key_is_refused_and_leaves_no_trace()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1), idempotencyKey: "retry-me");
        var retry = Samples.Ticket(OrgA, 2);

        var duplicate = await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync(retry, idempotencyKey: "retry-me"));

        Assert.Equal("idempotency key", duplicate.Key);
        Assert.Null(await Store.Tickets.FindAsync(OrgA, retry.Id, Ct));
        Assert.Empty(await Store.Events.ReadTicketAsync(OrgA, retry.Id, Ct));
        Assert.Equal(1, await Store.Tickets.CountAsync(OrgA, new TicketFilter(), Ct));
    }

    [Fact]
    public async Task The_same_idempotency_key_in_another_organisation_is_a_different_key()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1), idempotencyKey: "shared");
        var other = await InsertAsync(Samples.Ticket(OrgB, 1), idempotencyKey: "shared");

        AssertSameTicket(other, await Store.Tickets.FindByIdempotencyKeyAsync(OrgB, "shared", Ct));
    }

    [Fact]
    public async Task Tickets_without_an_idempotency_key_do_not_clash()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1));
        await InsertAsync(Samples.Ticket(OrgA, 2));

        Assert.Equal(2, await Store.Tickets.CountAsync(OrgA, new TicketFilter(), Ct));
    }

    [Fact]
    public async Task A_taken_number_or_id_is_refused_naming_the_key()
    {
        var first = await InsertAsync(Samples.Ticket(OrgA, 1));

        var sameNumber = await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync(Samples.Ticket(OrgA, 1, id: "other-id")));
        var sameId = await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync(Samples.Ticket(OrgA, 2, id: first.Id)));

        Assert.Equal("number", sameNumber.Key);
        Assert.Equal("id", sameId.Key);
        await InsertAsync(Samples.Ticket(OrgB, 1, id: first.Id));
    }

    [Fact]
    public async Task Ticket_numbers_start_at_one_and_count_up_per_organisation()
    {
        Assert.Equal(1, await Store.Tickets.NextNumberAsync(OrgA, Ct));
        Assert.Equal(2, await Store.Tickets.NextNumberAsync(OrgA, Ct));
        Assert.Equal(1, await Store.Tickets.NextNumberAsync(OrgB, Ct));
        Assert.Equal(3, await Store.Tickets.NextNumberAsync(OrgA, Ct));
        Assert.Equal(2, await Store.Tickets.NextNumberAsync(OrgB, Ct));
    }

    [Fact]
    public async Task Concurrent_callers_never_get_the_same_ticket_number()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Store.Tickets.NextNumberAsync(OrgA, Ct)));

        Assert.Equal(Enumerable.Range(1, 50).Select(n => (long)n), numbers.Order());
    }
}
