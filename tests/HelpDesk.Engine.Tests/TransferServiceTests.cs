using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Engine.Transfers;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

public sealed class TransferServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_request_without_summary_and_with_a_local_number_names_both_and_nothing_is_requested()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        var result = await Transfers(engine).RequestAsync(EngineHarness.OrganizationId, Command(ticket) with { Summary = " ", DirectNumber = "0201234567" }, Cancel);

        Assert.Equal(["summary", "directNumber"], result.Errors.Select(e => e.Field[^1]));
        Assert.Contains("no country code", result.Errors[1].Message);
        Assert.Empty(await Transfers(engine).ListAsync(EngineHarness.OrganizationId, new TransferRequestFilter { TicketId = ticket.Id }, Cancel));
    }

    [Fact]
    public async Task An_accepted_request_transfers_the_ticket_and_counts_it()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        var request = (await Transfers(engine).RequestAsync(EngineHarness.OrganizationId, Command(ticket), Cancel)).Value!;
        Assert.Equal((TransferRequestStatus.Pending, "+31207654321"), (request.Status, request.DirectNumber));
        Assert.Empty(request.Warnings);
        Assert.Equal(0, (await Tickets(engine, ticket.Id)).TransferCount);

        var accepted = (await Transfers(engine).AcceptAsync(EngineHarness.OrganizationId, request.Id, "network-agent", Cancel)).Value!;

        Assert.Equal(TransferRequestStatus.Accepted, accepted.Request.Status);
        Assert.Equal(1, accepted.Ticket.TransferCount);
        var events = (await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel)).Select(e => e.Event).ToList();
        Assert.Equal([TransferRequested.TypeName, TransferAccepted.TypeName, TicketTransferred.TypeName], events.Skip(1).Select(e => e.Type));
        Assert.True(((TicketTransferred)events[^1]).Warm);
        Assert.Null(await engine.Get<IScheduleStore>().FindAsync(EngineHarness.OrganizationId, TransferTimeoutHandler.JobId(request.Id), Cancel));
    }

    [Fact]
    public async Task A_second_transfer_warns_how_often_the_ticket_was_transferred_and_still_goes_through_escalation()
    {
        await using var engine = await EngineHarness.StartAsync(("max-transfers", PluginKinds.Escalation, new TransferLimit(2)));
        var ticket = await OpenAsync(engine);
        await AcceptedAsync(engine, ticket, "Network team");

        var second = (await Transfers(engine).RequestAsync(EngineHarness.OrganizationId, Command(ticket) with { To = "Billing" }, Cancel)).Value!;

        var warning = Assert.Single(second.Warnings);
        Assert.Contains("already transferred once", warning);
        Assert.Contains("Billing", warning);
        var requested = (await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel)).Select(e => e.Event).OfType<TransferRequested>().Last();
        Assert.Equal([warning], requested.Warnings);

        var accepted = (await Transfers(engine).AcceptAsync(EngineHarness.OrganizationId, second.Id, "billing-agent", Cancel)).Value!;
        Assert.Equal(2, accepted.Ticket.TransferCount);
        Assert.Equal(SupportTier.SecondLevel, accepted.Ticket.Tier);
        var last = (await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel))[^1].Event;
        Assert.IsType<TicketEscalated>(last);
    }

    [Fact]
    public async Task A_declined_request_leaves_the_ticket_where_it_was_and_tells_the_requester_why()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        var request = (await Transfers(engine).RequestAsync(EngineHarness.OrganizationId, Command(ticket) with { From = "Sam" }, Cancel)).Value!;

        var noReason = await Transfers(engine).DeclineAsync(EngineHarness.OrganizationId, request.Id, "", "network-agent", Cancel);
        var declined = (await Transfers(engine).DeclineAsync(EngineHarness.OrganizationId, request.Id, "Not a network problem: the printer driver.", "network-agent", Cancel)).Value!;
        var acceptedLate = await Transfers(engine).AcceptAsync(EngineHarness.OrganizationId, request.Id, "network-agent", Cancel);

        Assert.Equal("reason", Assert.Single(noReason.Errors).Field[^1]);
        Assert.Equal((TransferRequestStatus.Declined, "Not a network problem: the printer driver."), (declined.Status, declined.DeclineReason));
        Assert.Contains("already declined", Assert.Single(acceptedLate.Errors).Message);
        Assert.Equal(0, (await Tickets(engine, ticket.Id)).TransferCount);
        var told = Assert.IsType<TransferDeclined>((await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel))[^1].Event);
        Assert.Equal(("Sam", false), (told.From, told.Expired));
    }

    [Fact]
    public async Task A_request_nobody_accepts_in_time_is_declined_as_not_accepted_in_time()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        var request = (await Transfers(engine).RequestAsync(EngineHarness.OrganizationId, Command(ticket), Cancel)).Value!;
        Assert.Equal(request.RequestedAt.AddMinutes(2), request.ExpiresAt);

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await engine.Get<JobScheduler>().RunDueAsync(Cancel);
        Assert.Equal(TransferRequestStatus.Pending, (await Transfers(engine).FindAsync(EngineHarness.OrganizationId, request.Id, Cancel))!.Status);

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await engine.Get<JobScheduler>().RunDueAsync(Cancel);

        var expired = (await Transfers(engine).FindAsync(EngineHarness.OrganizationId, request.Id, Cancel))!;
        Assert.Equal((TransferRequestStatus.Declined, TransferService.TimeoutReason), (expired.Status, expired.DeclineReason));
        var told = Assert.IsType<TransferDeclined>((await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel))[^1].Event);
        Assert.True(told.Expired);
        var late = await Transfers(engine).AcceptAsync(EngineHarness.OrganizationId, request.Id, "network-agent", Cancel);
        Assert.Equal(UserErrorCode.Invalid, Assert.Single(late.Errors).Code);
        Assert.Equal(0, (await Tickets(engine, ticket.Id)).TransferCount);
    }

    [Fact]
    public async Task A_second_request_while_one_waits_is_refused_as_a_conflict()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        await Transfers(engine).RequestAsync(EngineHarness.OrganizationId, Command(ticket), Cancel);

        var again = await Transfers(engine).RequestAsync(EngineHarness.OrganizationId, Command(ticket) with { To = "Billing" }, Cancel);

        Assert.Equal(UserErrorCode.Conflict, Assert.Single(again.Errors).Code);
    }

    private static async Task AcceptedAsync(EngineHarness engine, Ticket ticket, string to)
    {
        var request = (await Transfers(engine).RequestAsync(EngineHarness.OrganizationId, Command(ticket) with { To = to }, Cancel)).Value!;
        Assert.Empty((await Transfers(engine).AcceptAsync(EngineHarness.OrganizationId, request.Id, "agent", Cancel)).Errors);
    }

    private static TransferService Transfers(EngineHarness engine) => engine.Get<TransferService>();

    private static async Task<Ticket> Tickets(EngineHarness engine, string ticketId) =>
        (await engine.Get<ITicketStore>().FindAsync(EngineHarness.OrganizationId, ticketId, Cancel))!;

    private static RequestTransferCommand Command(Ticket ticket) => new()
    {
        TicketId = ticket.Id,
        To = "Network team",
        Summary = "Mieke Jansen of Fabrikam: VPN drops every ten minutes since this morning; rebooted the router already.",
        DirectNumber = "+31 20 765 4321",
        ActorId = "agent-1",
    };

    private static async Task<Ticket> OpenAsync(EngineHarness engine) =>
        (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "VPN drops", ActorId = "agent-1" }, Cancel)).Value!;

    /// <summary>Escalates to second level once a ticket was transferred the given number of times, as the escalation plugin does.</summary>
    private sealed class TransferLimit(int maxTransfers) : IEscalationPolicy
    {
        public ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(request.Event is TicketTransferred && request.Ticket.TransferCount >= maxTransfers
                ? EscalationDecision.EscalateTo(SupportTier.SecondLevel, $"transferred {request.Ticket.TransferCount} times")
                : EscalationDecision.Keep("fine"));
    }
}
