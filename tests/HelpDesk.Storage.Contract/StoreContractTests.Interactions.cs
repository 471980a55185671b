using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;
using Xunit;
using static HelpDesk.Storage.Contract.InteractionSamples;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset HeldAt = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.FromHours(1)).AddTicks(4321);

    [Fact]
    public async Task An_interaction_is_stored_whole_with_its_events_and_found_by_id_or_ticket()
    {
        var interaction = Held(OrgA, "i-1", "t-1", HeldAt) with { Version = 1 };
        await Store.Interactions.InsertAsync(interaction, [.. Events(OrgA, "t-1", HeldAt)], Ct);
        await Store.Interactions.InsertAsync(Held(OrgA, "i-2", "t-2", HeldAt) with { Version = 1, StartedAt = HeldAt.AddHours(-1) }, [], Ct);
        await Store.Interactions.InsertAsync(Held(OrgB, "i-3", "t-1", HeldAt) with { Version = 1 }, [], Ct);
        await ReopenAsync();

        Assert.Equal(Samples.Json(interaction), Samples.Json(await Store.Interactions.FindAsync(OrgA, "i-1", Ct)));
        Assert.Null(await Store.Interactions.FindAsync(OrgB, "i-1", Ct));
        Assert.Equal(["i-2", "i-1"], (await Store.Interactions.ListForTicketsAsync(OrgA, ["t-1", "t-2"], Ct)).Select(i => i.Id));
        Assert.Empty(await Store.Interactions.ListForTicketsAsync(OrgA, [], Ct));
        Assert.Equal(
            Events(OrgA, "t-1", HeldAt).Select(Samples.Json),
            (await Store.Events.ReadTicketAsync(OrgA, "t-1", Ct)).Select(e => Samples.Json(e.Event)));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Interactions.InsertAsync(interaction, [], Ct));
    }

    [Fact]
    public async Task An_interaction_update_needs_the_version_read_and_writes_its_events_only_when_it_wins()
    {
        var interaction = Held(OrgA, "i-1", "t-1", HeldAt) with { Version = 1 };
        await Store.Interactions.InsertAsync(interaction, [], Ct);
        var resumed = Resumed(interaction, HeldAt.AddSeconds(80));
        var late = Events(OrgA, "t-1", HeldAt).OfType<CallerResumed>().Single();

        await Store.Interactions.UpdateAsync(resumed, 1, [late], Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Interactions.UpdateAsync(resumed with { Version = 2 }, 1, [late with { Id = "ie-9" }], Ct));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Interactions.UpdateAsync(Held(OrgB, "i-1", "t-1", HeldAt) with { Version = 2 }, 1, [], Ct));

        Assert.Equal(Samples.Json(resumed), Samples.Json(await Store.Interactions.FindAsync(OrgA, "i-1", Ct)));
        Assert.Equal(["ie-4"], (await Store.Events.ReadTicketAsync(OrgA, "t-1", Ct)).Select(e => e.Event.Id));
    }

    [Fact]
    public async Task The_hold_queue_lists_the_organisations_held_callers_longest_waiting_first()
    {
        await Store.Interactions.InsertAsync(Held(OrgA, "i-late", "t-1", HeldAt.AddSeconds(10)) with { Version = 1 }, [], Ct);
        await Store.Interactions.InsertAsync(Held(OrgA, "i-early", "t-2", HeldAt.ToOffset(TimeSpan.FromHours(-5))) with { Version = 1 }, [], Ct);
        await Store.Interactions.InsertAsync(Held(OrgA, "i-middle", "t-3", HeldAt.AddTicks(1)) with { Version = 1 }, [], Ct);
        await Store.Interactions.InsertAsync(Held(OrgB, "i-other", "t-1", HeldAt.AddSeconds(-60)) with { Version = 1 }, [], Ct);
        var middle = (await Store.Interactions.FindAsync(OrgA, "i-middle", Ct))!;

        var allHeld = await Store.Interactions.ListHeldAsync(OrgA, Ct);
        await Store.Interactions.UpdateAsync(Resumed(middle, HeldAt.AddSeconds(30)), 1, [], Ct);

        Assert.Equal(["i-early", "i-middle", "i-late"], allHeld.Select(i => i.Id));
        Assert.Equal(["i-early", "i-late"], (await Store.Interactions.ListHeldAsync(OrgA, Ct)).Select(i => i.Id));
        Assert.Equal(["i-other"], (await Store.Interactions.ListHeldAsync(OrgB, Ct)).Select(i => i.Id));
    }
}
