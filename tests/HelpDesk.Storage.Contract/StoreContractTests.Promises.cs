using HelpDesk.Engine.Storage;
using Xunit;
using static HelpDesk.Storage.Contract.PromiseSamples;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset PromiseDue = new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.FromHours(1)).AddTicks(4321);

    [Fact]
    public async Task A_promise_is_stored_whole_with_its_events_and_found_by_id_or_ticket()
    {
        var promise = Open(OrgA, "p-1", "t-1", PromiseDue);
        await Store.Promises.InsertAsync(promise, [.. Events(OrgA, "t-1", PromiseDue)], Ct);
        await Store.Promises.InsertAsync(Open(OrgA, "p-2", "t-2", PromiseDue.AddHours(-1)), [], Ct);
        await Store.Promises.InsertAsync(Open(OrgB, "p-3", "t-1", PromiseDue), [], Ct);
        await ReopenAsync();

        Assert.Equal(Samples.Json(promise), Samples.Json(await Store.Promises.FindAsync(OrgA, "p-1", Ct)));
        Assert.Null(await Store.Promises.FindAsync(OrgB, "p-1", Ct));
        Assert.Equal(["p-2", "p-1"], (await Store.Promises.ListForTicketsAsync(OrgA, ["t-1", "t-2"], Ct)).Select(p => p.Id));
        Assert.Empty(await Store.Promises.ListForTicketsAsync(OrgA, [], Ct));
        Assert.Equal(
            Events(OrgA, "t-1", PromiseDue).Select(Samples.Json),
            (await Store.Events.ReadTicketAsync(OrgA, "t-1", Ct)).Select(e => Samples.Json(e.Event)));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Promises.InsertAsync(promise, [], Ct));
    }

    [Fact]
    public async Task A_promise_update_needs_the_version_read_and_writes_its_events_only_when_it_wins()
    {
        var promise = Open(OrgA, "p-1", "t-1", PromiseDue);
        await Store.Promises.InsertAsync(promise, [], Ct);
        var kept = KeptLate(promise, PromiseDue.AddMinutes(20));
        var keptEvent = Events(OrgA, "t-1", PromiseDue).Single(e => e.Id == "pe-4");

        await Store.Promises.UpdateAsync(kept, 1, [keptEvent], Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Promises.UpdateAsync(kept with { Version = 2 }, 1, [keptEvent with { Id = "pe-9" }], Ct));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Promises.UpdateAsync(Open(OrgB, "p-1", "t-1", PromiseDue) with { Version = 2 }, 1, [], Ct));

        Assert.Equal(Samples.Json(kept), Samples.Json(await Store.Promises.FindAsync(OrgA, "p-1", Ct)));
        Assert.Equal(["pe-4"], (await Store.Events.ReadTicketAsync(OrgA, "t-1", Ct)).Select(e => e.Event.Id));
    }

    [Fact]
    public async Task Past_due_promises_neither_kept_nor_broken_are_listed_oldest_due_first_a_page_at_a_time()
    {
        await Store.Promises.InsertAsync(Open(OrgA, "p-late", "t-1", PromiseDue.AddMinutes(10)), [], Ct);
        await Store.Promises.InsertAsync(Open(OrgA, "p-early", "t-2", PromiseDue.ToOffset(TimeSpan.FromHours(-5))), [], Ct);
        await Store.Promises.InsertAsync(Open(OrgA, "p-tie", "t-3", PromiseDue), [], Ct);
        await Store.Promises.InsertAsync(Open(OrgA, "p-future", "t-3", PromiseDue.AddHours(5)), [], Ct);
        await Store.Promises.InsertAsync(Open(OrgB, "p-other", "t-1", PromiseDue.AddHours(-1)), [], Ct);
        var kept = Open(OrgA, "p-kept", "t-1", PromiseDue.AddHours(-2));
        await Store.Promises.InsertAsync(kept, [], Ct);
        await Store.Promises.UpdateAsync(KeptLate(kept, PromiseDue), 1, [], Ct);
        var now = PromiseDue.AddHours(1);

        var first = await Store.Promises.ListPastDueAsync(OrgA, now, null, 2, Ct);
        var last = first.Items[^1];
        var second = await Store.Promises.ListPastDueAsync(OrgA, now, new PromisePosition(last.DueAt, last.Id), 2, Ct);

        Assert.Equal(["p-early", "p-tie"], first.Items.Select(p => p.Id));
        Assert.True(first.HasMore);
        Assert.Equal(["p-late"], second.Items.Select(p => p.Id));
        Assert.False(second.HasMore);
    }
}
