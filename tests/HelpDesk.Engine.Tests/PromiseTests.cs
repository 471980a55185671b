using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Promises;
using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

public sealed class PromiseTests
{
    private const string Org = EngineHarness.OrganizationId;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("I will call you back ASAP.")]
    [InlineData("Ik bel u straks terug.")]
    [InlineData("Je vous rappelle dès que possible.")]
    [InlineData("Ich rufe Sie so schnell wie möglich zurück.")]
    [InlineData("できるだけ早くご連絡します。")]
    [InlineData("Visszahívom, amint lehet.")]
    public async Task An_as_soon_as_possible_promise_without_a_time_is_refused_naming_dueAt_with_a_suggestion(string text)
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        var result = await Promises(engine).MakeAsync(Org, new MakePromiseCommand { TicketId = ticket.Id, Text = text, ActorId = "agent-7" }, Cancel);

        var error = Assert.Single(result.Errors);
        Assert.Equal(["input", "dueAt"], error.Field);
        Assert.Contains("As soon as possible", error.Message);
        Assert.Contains("Promise a time you can keep, for example 'by 15:00 today'", error.Message);
        Assert.Empty(await engine.Get<IPromiseStore>().ListForTicketsAsync(Org, [ticket.Id], Cancel));
    }

    [Fact]
    public async Task A_due_time_in_the_past_is_refused()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        var result = await MakeAsync(engine, ticket, engine.Clock.GetUtcNow().AddMinutes(-5));

        var error = Assert.Single(result.Errors);
        Assert.Equal((UserErrorCode.Invalid, "dueAt"), (error.Code, error.Field[^1]));
        Assert.Contains("already passed", error.Message);
    }

    [Fact]
    public async Task The_agent_is_reminded_fifteen_minutes_before_the_due_time_once()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        var promise = (await MakeAsync(engine, ticket, engine.Clock.GetUtcNow().AddHours(2))).Value!;

        engine.Clock.Advance(TimeSpan.FromMinutes(104));
        await RunDueAsync(engine);
        var before = await PromiseEventsAsync<PromiseDueSoon>(engine, ticket);
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunDueAsync(engine);
        await RunDueAsync(engine);

        Assert.Empty(before);
        var reminder = Assert.Single(await PromiseEventsAsync<PromiseDueSoon>(engine, ticket));
        Assert.Equal((promise.Id, promise.DueAt, "agent-7"), (reminder.PromiseId, reminder.DueAt, reminder.PromisedBy));
        Assert.Equal(promise.DueAt.AddMinutes(-15), reminder.OccurredAt);
        Assert.Equal(PromiseStatus.Open, (await Find(engine, promise)).Status);
    }

    [Fact]
    public async Task At_the_due_time_an_open_promise_becomes_overdue_and_the_ticket_is_escalated()
    {
        await using var engine = await EngineHarness.StartAsync(("sla", PluginKinds.Escalation, new OverduePromisePolicy()));
        var ticket = await OpenAsync(engine);
        var promise = (await MakeAsync(engine, ticket, engine.Clock.GetUtcNow().AddHours(1))).Value!;

        engine.Clock.Advance(TimeSpan.FromHours(1));
        await RunDueAsync(engine);

        var stored = await Find(engine, promise);
        Assert.Equal((PromiseStatus.Overdue, promise.DueAt), (stored.Status, stored.OverdueAt));
        var overdue = Assert.Single(await PromiseEventsAsync<PromiseOverdue>(engine, ticket));
        Assert.Equal(promise.Id, overdue.PromiseId);
        var escalated = await engine.Get<ITicketStore>().FindAsync(Org, ticket.Id, Cancel);
        Assert.Equal(EscalationAction.AlertSupervisor, escalated!.Escalation!.Action);
        Assert.Equal("1 promise to the caller is overdue.", escalated.Escalation.Reason);
        var past = await Promises(engine).ListOverdueAsync(Org, null, 10, Cancel);
        Assert.Equal([promise.Id], past.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task A_promise_kept_before_its_due_time_is_on_time_and_cancels_its_reminders()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        var promise = (await MakeAsync(engine, ticket, engine.Clock.GetUtcNow().AddHours(1))).Value!;
        engine.Clock.Advance(TimeSpan.FromMinutes(30));

        var kept = (await Promises(engine).KeepAsync(Org, promise.Id, 1, "agent-9", Cancel)).Value!;
        engine.Clock.Advance(TimeSpan.FromHours(2));
        await RunDueAsync(engine);

        Assert.Equal((PromiseStatus.Kept, engine.Clock.GetUtcNow().AddHours(-2), "agent-9", 2), (kept.Status, kept.SettledAt, kept.SettledBy, kept.Version));
        var keptEvent = Assert.Single(await PromiseEventsAsync<PromiseKept>(engine, ticket));
        Assert.True(keptEvent.OnTime);
        Assert.False(keptEvent.WasOverdue);
        Assert.Empty(await PromiseEventsAsync<PromiseDueSoon>(engine, ticket));
        Assert.Empty(await PromiseEventsAsync<PromiseOverdue>(engine, ticket));
        Assert.Null(await engine.Get<IScheduleStore>().FindAsync(Org, PromiseJobs.OverdueId(promise.Id), Cancel));
    }

    [Fact]
    public async Task A_promise_kept_after_it_went_overdue_is_recorded_as_late_and_cannot_be_kept_twice()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        var promise = (await MakeAsync(engine, ticket, engine.Clock.GetUtcNow().AddHours(1))).Value!;
        engine.Clock.Advance(TimeSpan.FromMinutes(70));
        await RunDueAsync(engine);

        var kept = await Promises(engine).KeepAsync(Org, promise.Id, null, "agent-7", Cancel);
        var again = await Promises(engine).KeepAsync(Org, promise.Id, null, "agent-7", Cancel);

        Assert.Equal(PromiseStatus.Kept, kept.Value!.Status);
        var keptEvent = Assert.Single(await PromiseEventsAsync<PromiseKept>(engine, ticket));
        Assert.Equal((false, true), (keptEvent.OnTime, keptEvent.WasOverdue));
        Assert.Contains("already kept", Assert.Single(again.Errors).Message);
        Assert.Empty((await Promises(engine).ListOverdueAsync(Org, null, 10, Cancel)).Items);
    }

    [Fact]
    public async Task Breaking_a_promise_needs_a_reason_and_records_it()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        var promise = (await MakeAsync(engine, ticket, engine.Clock.GetUtcNow().AddHours(3))).Value!;

        var withoutReason = await Promises(engine).BreakAsync(Org, promise.Id, null, " ", "agent-7", Cancel);
        var broken = await Promises(engine).BreakAsync(Org, promise.Id, null, "The part is not delivered before Friday.", "agent-7", Cancel);

        Assert.Equal("reason", Assert.Single(withoutReason.Errors).Field[^1]);
        Assert.Equal((PromiseStatus.Broken, "The part is not delivered before Friday."), (broken.Value!.Status, broken.Value.BrokenReason));
        Assert.Equal("The part is not delivered before Friday.", Assert.Single(await PromiseEventsAsync<PromiseBroken>(engine, ticket)).Reason);
    }

    internal static Task<OperationResult<Promise>> MakeAsync(EngineHarness engine, Ticket ticket, DateTimeOffset dueAt) =>
        Promises(engine).MakeAsync(Org, new MakePromiseCommand { TicketId = ticket.Id, Text = "I will call you back with the repair status.", DueAt = dueAt, ActorId = "agent-7" }, Cancel);

    internal static Task<int> RunDueAsync(EngineHarness engine) => engine.Get<JobScheduler>().RunDueAsync(Cancel);

    internal static async Task<Ticket> OpenAsync(EngineHarness engine) =>
        (await engine.Get<TicketService>().OpenAsync(Org, new OpenTicketCommand { Subject = "Laptop does not start" }, Cancel)).Value!;

    private static PromiseService Promises(EngineHarness engine) => engine.Get<PromiseService>();

    private static async Task<Promise> Find(EngineHarness engine, Promise promise) => (await engine.Get<IPromiseStore>().FindAsync(Org, promise.Id, Cancel))!;

    private static async Task<List<T>> PromiseEventsAsync<T>(EngineHarness engine, Ticket ticket) =>
        [.. (await engine.Get<IEventLog>().ReadTicketAsync(Org, ticket.Id, Cancel)).Select(e => e.Event).OfType<T>()];

    /// <summary>Alerts a supervisor when a promise is overdue, as the first-party escalation plugin does.</summary>
    private sealed class OverduePromisePolicy : IEscalationPolicy
    {
        public ValueTask<EscalationDecision> EvaluateAsync(EscalationRequest request, IPluginContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(request.OverduePromiseCount > 0
                ? new EscalationDecision { Action = EscalationAction.AlertSupervisor, Reason = $"{request.OverduePromiseCount} promise to the caller is overdue." }
                : EscalationDecision.Keep("No promise is overdue."));
    }
}
