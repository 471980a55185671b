using HelpDesk.Engine.Escalation;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Hosting;

namespace HelpDesk.Engine.Tests;

public sealed class EscalationTimerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_breach_found_by_the_timer_warns_once_and_escalates_exactly_once()
    {
        await using var engine = await EngineHarness.StartAsync(("sla", PluginKinds.Escalation, new FirstResponseTargetPolicy()));
        var ticket = await OpenAsync(engine, EngineHarness.OrganizationId);
        var timer = await StartTimerAsync(engine);

        await TickAsync(engine, timer, TimeSpan.FromMinutes(47));
        var quiet = await FindAsync(engine, ticket);
        await TickAsync(engine, timer, TimeSpan.FromMinutes(1));
        for (var minute = 49; minute <= 65; minute++)
        {
            await TickAsync(engine, timer, TimeSpan.FromMinutes(1));
        }

        var escalations = await EscalationsAsync(engine, ticket);
        Assert.Equal(1, quiet.Version);
        Assert.Equal([(EscalationAction.Warn, "48 of 60 minutes used without a reply."), (EscalationAction.Escalate, "No reply after 60 minutes.")], escalations.Select(e => (e.Decision.Action, e.Decision.Reason)));
        Assert.Equal([ticket.CreatedAt.AddMinutes(48), ticket.CreatedAt.AddMinutes(60)], escalations.Select(e => e.OccurredAt));
        var stored = await FindAsync(engine, ticket);
        Assert.Equal((SupportTier.SecondLevel, EscalationAction.Escalate, "sla", 3), (stored.Tier, stored.Escalation!.Action, stored.Escalation.PluginId, stored.Version));
        await timer.StopAsync(Cancel);
    }

    [Fact]
    public async Task A_plugin_failing_for_one_organisation_does_not_stop_the_check_of_the_others()
    {
        await using var engine = await EngineHarness.StartAsync(("sla", PluginKinds.Escalation, new FailingForOnePolicy("aaa-broken")));
        await engine.Get<IOrganizationStore>().UpsertAsync(new Organization { Id = "aaa-broken", Name = "Broken" }, Cancel);
        var broken = await OpenAsync(engine, "aaa-broken");
        var healthy = await OpenAsync(engine, EngineHarness.OrganizationId);
        var timer = await StartTimerAsync(engine);

        await TickAsync(engine, timer, TimeSpan.FromMinutes(61));

        Assert.Equal([EscalationAction.Escalate], (await EscalationsAsync(engine, healthy)).Select(e => e.Decision.Action));
        Assert.Empty(await EscalationsAsync(engine, broken));
        await timer.StopAsync(Cancel);
    }

    [Fact]
    public async Task An_agents_change_made_while_the_timer_decides_is_kept_and_the_decision_is_recorded_on_top()
    {
        var lifecycle = (TicketLifecycle?)null;
        var policy = new AgentActsMeanwhilePolicy(async t =>
            await lifecycle!.AssignAsync(t.OrganizationId, t.Id, null, "agent-7", "agent-7", Cancel));
        await using var engine = await EngineHarness.StartAsync(("sla", PluginKinds.Escalation, policy));
        lifecycle = engine.Get<TicketLifecycle>();
        var ticket = await OpenAsync(engine, EngineHarness.OrganizationId);
        var timer = await StartTimerAsync(engine);

        await TickAsync(engine, timer, TimeSpan.FromMinutes(1));

        var stored = await FindAsync(engine, ticket);
        Assert.Equal(("agent-7", SupportTier.ThirdLevel, 3), (stored.AssigneeId, stored.Tier, stored.Version));
        Assert.Single(await EscalationsAsync(engine, ticket));
        await timer.StopAsync(Cancel);
    }

    [Fact]
    public async Task Resolved_tickets_are_not_checked()
    {
        await using var engine = await EngineHarness.StartAsync(("sla", PluginKinds.Escalation, new FirstResponseTargetPolicy()));
        var ticket = await OpenAsync(engine, EngineHarness.OrganizationId);
        await engine.Get<TicketLifecycle>().ResolveAsync(EngineHarness.OrganizationId, ticket.Id, null, true, "agent", Cancel);
        var timer = await StartTimerAsync(engine);

        await TickAsync(engine, timer, TimeSpan.FromMinutes(90));

        Assert.Empty(await EscalationsAsync(engine, ticket));
        await timer.StopAsync(Cancel);
    }

    private static async Task<IHostedService> StartTimerAsync(EngineHarness engine)
    {
        engine.Get<StoreReadiness>().MarkReady();
        var timer = engine.Get<IEnumerable<IHostedService>>().OfType<EscalationTimer>().Single();
        await timer.StartAsync(Cancel);
        return timer;
    }

    /// <summary>Moves the clock on and waits for the pass the timer's tick starts.</summary>
    private static async Task TickAsync(EngineHarness engine, IHostedService timer, TimeSpan by)
    {
        var pass = ((EscalationTimer)timer).NextPassEnded;
        engine.Clock.Advance(by);
        await pass.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
    }

    private static async Task<Ticket> OpenAsync(EngineHarness engine, string organizationId) =>
        (await engine.Get<TicketService>().OpenAsync(organizationId, new OpenTicketCommand { Subject = "Mail is down", Priority = TicketPriority.High }, Cancel)).Value!;

    private static async Task<Ticket> FindAsync(EngineHarness engine, Ticket ticket) =>
        (await engine.Get<ITicketStore>().FindAsync(ticket.OrganizationId, ticket.Id, Cancel))!;

    private static async Task<List<TicketEscalated>> EscalationsAsync(EngineHarness engine, Ticket ticket) =>
        [.. (await engine.Get<IEventLog>().ReadTicketAsync(ticket.OrganizationId, ticket.Id, Cancel)).Select(e => e.Event).OfType<TicketEscalated>()];
}
