using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

public sealed class TicketServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tags_from_several_taggers_are_merged_keeping_the_most_confident_proposal()
    {
        await using var engine = await EngineHarness.StartAsync(
            ("a.tagger", PluginKinds.Tagging, new FixedTagger(("service:email", 0.5), ("category:password", 0.9))),
            ("b.tagger", PluginKinds.Tagging, new FixedTagger(("Service:Email ", 0.8))));

        var ticket = (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Mail" }, Cancel)).Value!;

        var email = Assert.Single(ticket.Tags, t => t.Name == "service:email");
        Assert.Equal(0.8, email.Confidence);
        Assert.Equal("b.tagger", email.PluginId);
        Assert.Contains(ticket.Tags, t => t.Name == "a.tagger:default");
        Assert.Equal(4, ticket.Tags.Count);
    }

    [Fact]
    public async Task A_failing_tagger_does_not_stop_the_ticket_or_the_other_taggers()
    {
        await using var engine = await EngineHarness.StartAsync(
            ("bad.tagger", PluginKinds.Tagging, new ThrowingTagger()),
            ("good.tagger", PluginKinds.Tagging, new FixedTagger(("service:network", 1))));

        var result = await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Wi-Fi" }, Cancel);

        Assert.Empty(result.Errors);
        Assert.Contains(result.Value!.Tags, t => t.Name == "service:network");
    }

    [Fact]
    public async Task The_most_severe_escalation_decision_is_recorded_with_its_plugin_and_reason()
    {
        await using var engine = await EngineHarness.StartAsync(
            ("keep.policy", PluginKinds.Escalation, new FixedPolicy(EscalationAction.Keep)),
            ("up.policy", PluginKinds.Escalation, new FixedPolicy(EscalationAction.Escalate, SupportTier.SecondLevel)),
            ("warn.policy", PluginKinds.Escalation, new FixedPolicy(EscalationAction.Warn)));

        var ticket = (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Server down" }, Cancel)).Value!;

        Assert.Equal(EscalationAction.Escalate, ticket.Escalation!.Action);
        Assert.Equal(SupportTier.SecondLevel, ticket.Tier);
        Assert.Equal("up.policy", ticket.Escalation.PluginId);
        Assert.Equal("up.policy says Escalate at 09:00", ticket.Escalation.Reason);
    }

    [Fact]
    public async Task Opening_stores_the_ticket_with_its_events_in_the_log()
    {
        await using var engine = await EngineHarness.StartAsync(
            ("good.tagger", PluginKinds.Tagging, new FixedTagger(("service:network", 1))),
            ("up.policy", PluginKinds.Escalation, new FixedPolicy(EscalationAction.Escalate, SupportTier.ThirdLevel)));

        var ticket = (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Wi-Fi", Priority = TicketPriority.Urgent }, Cancel)).Value!;

        var stored = await engine.Get<ITicketStore>().FindAsync(EngineHarness.OrganizationId, ticket.Id, Cancel);
        var events = await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel);
        Assert.NotNull(stored);
        Assert.Equal(ticket, stored with { Tags = ticket.Tags });
        Assert.Equal(ticket.Tags.Select(t => t.Name), stored!.Tags.Select(t => t.Name));
        Assert.Equal([TicketOpened.TypeName, TicketTagged.TypeName, TicketEscalated.TypeName], events.Select(e => e.Event.Type));
        Assert.Equal(SupportTier.FirstLevel, ((TicketEscalated)events[2].Event).PreviousTier);
    }

    [Fact]
    public async Task A_plugin_the_organisation_disabled_is_not_called_and_settings_reach_the_enabled_ones()
    {
        await using var engine = await EngineHarness.StartAsync(
            ("off.tagger", PluginKinds.Tagging, new FixedTagger(("should:not-appear", 1))),
            ("on.tagger", PluginKinds.Tagging, new FixedTagger()));
        await engine.Get<IDeskConfigurationStore>().SaveAsync(new DeskConfiguration
        {
            OrganizationId = EngineHarness.OrganizationId,
            Plugins = [new PluginActivation { PluginId = "off.tagger", Enabled = false }, new PluginActivation { PluginId = "on.tagger", SettingsJson = """{"label":"vip"}""" }],
        }, 0, Cancel);

        var ticket = (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Hello" }, Cancel)).Value!;

        Assert.Equal(["vip"], ticket.Tags.Select(t => t.Name));
    }

    [Fact]
    public async Task A_plugin_whose_stored_settings_no_longer_fit_its_manifest_is_skipped_rather_than_run_on_them()
    {
        await using var engine = await EngineHarness.StartAsync(("on.tagger", PluginKinds.Tagging, new FixedTagger(("service:email", 1))));
        await engine.Get<IDeskConfigurationStore>().SaveAsync(new DeskConfiguration
        {
            OrganizationId = EngineHarness.OrganizationId,
            Plugins = [new PluginActivation { PluginId = "on.tagger", SettingsJson = """{"label":5}""" }],
        }, 0, Cancel);

        var ticket = (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Mail" }, Cancel)).Value!;

        Assert.Empty(ticket.Tags);
    }

    [Theory]
    [InlineData("", "subject", "Required")]
    [InlineData("x", "description", "TooLong")]
    public async Task Invalid_commands_are_refused_naming_the_field(string subject, string field, string code)
    {
        await using var engine = await EngineHarness.StartAsync();
        var command = new OpenTicketCommand { Subject = subject, Description = field == "description" ? new string('d', 20_001) : "" };

        var result = await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, command, Cancel);

        var error = Assert.Single(result.Errors);
        Assert.Equal(["input", field], error.Field);
        Assert.Equal(code, error.Code.ToString());
        Assert.Equal(0, await engine.Get<ITicketStore>().CountAsync(EngineHarness.OrganizationId, new TicketFilter(), Cancel));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_idempotency_key_open_one_ticket()
    {
        await using var engine = await EngineHarness.StartAsync();
        var service = engine.Get<TicketService>();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            service.OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Once", IdempotencyKey = "k-1" }, Cancel)));

        Assert.Single(results.Select(r => r.Value!.Id).Distinct());
        Assert.Equal(1, await engine.Get<ITicketStore>().CountAsync(EngineHarness.OrganizationId, new TicketFilter(), Cancel));
    }
}
