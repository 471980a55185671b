using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Xunit;
using static HelpDesk.Storage.Contract.HandoffSamples;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset HandoffTime = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234);

    [Fact]
    public async Task A_transfer_request_is_stored_whole_with_its_events_and_listed_by_team_ticket_and_status_oldest_first()
    {
        var request = Request(OrgA, "r-1", "t-1", "Network Team", HandoffTime);
        await Store.TransferRequests.InsertAsync(request, [.. Events(OrgA, "t-1", HandoffTime).Take(1)], Ct);
        await Store.TransferRequests.InsertAsync(Request(OrgA, "r-0", "t-2", "network team", HandoffTime.ToOffset(TimeSpan.FromHours(-5)).AddMinutes(-1)), [], Ct);
        await Store.TransferRequests.InsertAsync(Request(OrgA, "r-2", "t-1", "Billing", HandoffTime.AddMinutes(1)), [], Ct);
        await Store.TransferRequests.InsertAsync(Request(OrgB, "r-3", "t-1", "Network Team", HandoffTime), [], Ct);
        await ReopenAsync();

        Assert.Equal(Samples.Json(request), Samples.Json(await Store.TransferRequests.FindAsync(OrgA, "r-1", Ct)));
        Assert.Null(await Store.TransferRequests.FindAsync(OrgB, "r-1", Ct));
        Assert.Equal(["r-0", "r-1"], (await Store.TransferRequests.ListAsync(OrgA, new TransferRequestFilter { To = " NETWORK team" }, Ct)).Select(r => r.Id));
        Assert.Equal(["r-1", "r-2"], (await Store.TransferRequests.ListAsync(OrgA, new TransferRequestFilter { TicketId = "t-1", Status = TransferRequestStatus.Pending }, Ct)).Select(r => r.Id));
        Assert.Equal(["r-0"], (await Store.TransferRequests.ListAsync(OrgA, new TransferRequestFilter { Limit = 1 }, Ct)).Select(r => r.Id));
        Assert.Equal(["he-1"], (await Store.Events.ReadTicketAsync(OrgA, "t-1", Ct)).Select(e => e.Event.Id));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.TransferRequests.InsertAsync(request, [], Ct));
    }

    [Fact]
    public async Task A_transfer_request_update_needs_the_version_read_and_leaves_the_pending_list()
    {
        var request = Request(OrgA, "r-1", "t-1", "Network", HandoffTime);
        await Store.TransferRequests.InsertAsync(request, [], Ct);
        var declined = Declined(request);
        var told = Events(OrgA, "t-1", HandoffTime).Single(e => e.Id == "he-3");

        await Store.TransferRequests.UpdateAsync(declined, 1, [told], Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.TransferRequests.UpdateAsync(declined, 1, [told with { Id = "he-9" }], Ct));

        Assert.Equal(Samples.Json(declined), Samples.Json(await Store.TransferRequests.FindAsync(OrgA, "r-1", Ct)));
        Assert.Empty(await Store.TransferRequests.ListAsync(OrgA, new TransferRequestFilter { TicketId = "t-1", Status = TransferRequestStatus.Pending }, Ct));
        Assert.Equal(["he-3"], (await Store.Events.ReadTicketAsync(OrgA, "t-1", Ct)).Select(e => e.Event.Id));
    }

    [Fact]
    public async Task Messages_are_stored_whole_and_listed_for_their_addressee_by_status_oldest_call_first()
    {
        var message = Message(OrgA, "m-1", "Anna de Vries", HandoffTime);
        await Store.Messages.InsertAsync(message, [.. Events(OrgA, "t-m-1", HandoffTime).Skip(3).Take(1)], Ct);
        await Store.Messages.InsertAsync(Message(OrgA, "m-0", "anna de vries", HandoffTime.ToOffset(TimeSpan.FromHours(9)).AddMinutes(-3)), [], Ct);
        await Store.Messages.InsertAsync(Message(OrgA, "m-2", "Bram", HandoffTime), [], Ct);
        await Store.Messages.InsertAsync(Message(OrgB, "m-3", "Anna de Vries", HandoffTime), [], Ct);
        var calledBack = CalledBackLate(Message(OrgA, "m-4", "Anna de Vries", HandoffTime.AddMinutes(1)));
        await Store.Messages.InsertAsync(calledBack with { Status = MessageStatus.Open, CalledBackBy = null, CalledBackAt = null, CallBackOutcome = null, OverdueAt = null, Version = 1 }, [], Ct);
        await Store.Messages.UpdateAsync(calledBack, 1, [], Ct);
        await ReopenAsync();

        Assert.Equal(Samples.Json(message), Samples.Json(await Store.Messages.FindAsync(OrgA, "m-1", Ct)));
        Assert.Equal(Samples.Json(calledBack), Samples.Json(await Store.Messages.FindAsync(OrgA, "m-4", Ct)));
        Assert.Null(await Store.Messages.FindAsync(OrgB, "m-1", Ct));
        Assert.Equal(["m-0", "m-1"], (await Store.Messages.ListAsync(OrgA, new MessageFilter { For = "ANNA DE VRIES", Status = MessageStatus.Open }, Ct)).Select(m => m.Id));
        Assert.Equal(["m-0", "m-1", "m-4"], (await Store.Messages.ListAsync(OrgA, new MessageFilter { For = "Anna de Vries" }, Ct)).Select(m => m.Id));
        Assert.Equal(["m-4"], (await Store.Messages.ListAsync(OrgA, new MessageFilter { For = "Anna de Vries", Status = MessageStatus.CalledBack }, Ct)).Select(m => m.Id));
        Assert.Equal(["he-4"], (await Store.Events.ReadTicketAsync(OrgA, "t-m-1", Ct)).Select(e => e.Event.Id));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Messages.UpdateAsync(calledBack, 1, [], Ct));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Messages.InsertAsync(message, [], Ct));
    }
}
