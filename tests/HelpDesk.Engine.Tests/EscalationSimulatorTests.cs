using HelpDesk.Engine.Escalation;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

public sealed class EscalationSimulatorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_ticket_nobody_answered_would_have_been_warned_at_48_and_escalated_at_60_minutes_by_the_timer()
    {
        await using var engine = await StartAsync();
        var ticket = await OpenAsync(engine);
        engine.Clock.Advance(TimeSpan.FromMinutes(30));
        await engine.Get<TicketLifecycle>().AddNoteAsync(EngineHarness.OrganizationId, ticket.Id, null, NoteKind.Internal, "Checked the mail server.", "agent-1", Cancel);
        engine.Clock.Advance(TimeSpan.FromMinutes(40));

        var decisions = (await SimulateAsync(engine, ticket))!;

        Assert.Equal(
            [
                (ticket.CreatedAt, EscalationTrigger.Event, "ticket.opened", EscalationAction.Keep, SupportTier.FirstLevel),
                (ticket.CreatedAt.AddMinutes(30), EscalationTrigger.Event, "note.added", EscalationAction.Keep, SupportTier.FirstLevel),
                (ticket.CreatedAt.AddMinutes(48), EscalationTrigger.Timer, null, EscalationAction.Warn, SupportTier.FirstLevel),
                (ticket.CreatedAt.AddMinutes(60), EscalationTrigger.Timer, null, EscalationAction.Escalate, SupportTier.SecondLevel),
            ],
            decisions.Select(d => (d.At, d.Trigger, d.EventType, d.Action, d.Tier)));
        Assert.Equal(("No reply after 60 minutes.", "sla"), (decisions[^1].Reason, decisions[^1].PluginId));
    }

    [Fact]
    public async Task The_simulation_leaves_the_plugin_store_the_ticket_and_its_history_as_they_were()
    {
        await using var engine = await StartAsync();
        var ticket = await OpenAsync(engine);
        var data = engine.Get<IPluginDataStore>();
        await data.SetAsync(EngineHarness.OrganizationId, "sla", $"acted/{ticket.Id}", "warned;escalated;", Cancel);
        engine.Clock.Advance(TimeSpan.FromMinutes(70));
        var before = (await engine.Get<ITicketStore>().FindAsync(EngineHarness.OrganizationId, ticket.Id, Cancel))!;
        var eventsBefore = (await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel)).Count;

        var decisions = (await SimulateAsync(engine, ticket))!;

        Assert.Equal([EscalationAction.Warn, EscalationAction.Escalate], decisions.Where(d => d.Action != EscalationAction.Keep).Select(d => d.Action));
        Assert.Equal("warned;escalated;", await data.GetAsync(EngineHarness.OrganizationId, "sla", $"acted/{ticket.Id}", Cancel));
        var after = (await engine.Get<ITicketStore>().FindAsync(EngineHarness.OrganizationId, ticket.Id, Cancel))!;
        Assert.Equal((before.Version, before.Tier, before.Escalation), (after.Version, after.Tier, after.Escalation));
        Assert.Equal(eventsBefore, (await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel)).Count);
    }

    [Fact]
    public async Task A_reply_before_the_warning_means_the_policy_would_never_have_acted()
    {
        await using var engine = await StartAsync();
        var ticket = await OpenAsync(engine);
        engine.Clock.Advance(TimeSpan.FromMinutes(20));
        await engine.Get<TicketLifecycle>().AddNoteAsync(EngineHarness.OrganizationId, ticket.Id, null, NoteKind.Reply, "We are on it.", "agent-1", Cancel);
        engine.Clock.Advance(TimeSpan.FromHours(5));

        var decisions = (await SimulateAsync(engine, ticket))!;

        Assert.All(decisions, d => Assert.Equal(EscalationAction.Keep, d.Action));
        Assert.Equal(["ticket.opened", "ticket.replied"], decisions.Select(d => d.EventType));
    }

    [Fact]
    public async Task A_time_past_now_shows_what_will_happen_if_nobody_acts_with_checks_exact_to_the_minute_over_days()
    {
        await using var engine = await StartAsync();
        var ticket = await OpenAsync(engine);

        var decisions = (await SimulateAsync(engine, ticket, ticket.CreatedAt.AddDays(3)))!;

        Assert.Equal(
            [(ticket.CreatedAt.AddMinutes(48), EscalationAction.Warn), (ticket.CreatedAt.AddMinutes(60), EscalationAction.Escalate)],
            decisions.Where(d => d.Trigger == EscalationTrigger.Timer).Select(d => (d.At, d.Action)));
    }

    [Fact]
    public async Task A_resolved_ticket_is_simulated_up_to_its_resolution()
    {
        await using var engine = await StartAsync();
        var ticket = await OpenAsync(engine);
        engine.Clock.Advance(TimeSpan.FromMinutes(50));
        await engine.Get<TicketLifecycle>().ResolveAsync(EngineHarness.OrganizationId, ticket.Id, null, true, "agent-1", Cancel);
        engine.Clock.Advance(TimeSpan.FromHours(2));

        var decisions = (await SimulateAsync(engine, ticket))!;

        Assert.Equal(
            [(EscalationTrigger.Event, EscalationAction.Keep), (EscalationTrigger.Timer, EscalationAction.Warn), (EscalationTrigger.Event, EscalationAction.Keep)],
            decisions.Select(d => (d.Trigger, d.Action)));
        Assert.Equal(ticket.CreatedAt.AddMinutes(50), decisions[^1].At);
    }

    [Fact]
    public async Task A_ticket_of_another_organisation_is_not_found()
    {
        await using var engine = await StartAsync();
        var ticket = await OpenAsync(engine);

        var foreign = await engine.Get<EscalationSimulator>().SimulateAsync("someone-else", ticket.Id, null, Cancel);
        var missing = await engine.Get<EscalationSimulator>().SimulateAsync(EngineHarness.OrganizationId, "no-such-ticket", null, Cancel);

        Assert.Null(foreign);
        Assert.Null(missing);
    }

    private static Task<EngineHarness> StartAsync() => EngineHarness.StartAsync(("sla", PluginKinds.Escalation, new FirstResponseTargetPolicy()));

    private static async Task<Ticket> OpenAsync(EngineHarness engine) =>
        (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Mail is down", Priority = TicketPriority.High }, Cancel)).Value!;

    private static Task<IReadOnlyList<SimulatedEscalation>?> SimulateAsync(EngineHarness engine, Ticket ticket, DateTimeOffset? until = null) =>
        engine.Get<EscalationSimulator>().SimulateAsync(EngineHarness.OrganizationId, ticket.Id, until, Cancel);
}
