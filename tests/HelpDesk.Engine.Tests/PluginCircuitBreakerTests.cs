using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Engine.Tests;

public sealed class PluginCircuitBreakerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_plugin_failing_five_times_in_a_row_is_taken_out_of_service_while_tickets_still_open()
    {
        var failing = new CountingFailingTagger();
        await using var engine = await EngineHarness.StartAsync(("flaky", PluginKinds.Tagging, failing), ("steady", PluginKinds.Tagging, new FixedTagger(("vpn", 0.9))));

        for (var i = 0; i < 7; i++)
        {
            var opened = await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = $"VPN {i}" }, Cancel);
            Assert.Contains(opened.Value!.Tags, t => t.Name == "vpn");
        }

        var health = (await engine.Get<DeskService>().ListAsync(EngineHarness.OrganizationId, Cancel)).Single(p => p.Plugin.Id == "flaky").Health;
        Assert.Equal(5, failing.Calls);
        Assert.Equal(5, health.ConsecutiveFailures);
        Assert.Equal("tagger exploded", health.LastError);
        Assert.Equal(engine.Clock.GetUtcNow().AddMinutes(1), health.OutOfServiceUntil);
    }

    [Fact]
    public async Task After_the_out_of_service_time_one_call_is_let_through_and_a_success_restores_the_plugin()
    {
        var failing = new CountingFailingTagger();
        await using var engine = await EngineHarness.StartAsync(("flaky", PluginKinds.Tagging, failing));
        for (var i = 0; i < 5; i++)
        {
            await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Mail" }, Cancel);
        }

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        failing.Recovered = true;
        var opened = await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Mail" }, Cancel);

        Assert.Equal(6, failing.Calls);
        Assert.Contains(opened.Value!.Tags, t => t.Name == "recovered");
        var health = (await engine.Get<DeskService>().ListAsync(EngineHarness.OrganizationId, Cancel)).Single().Health;
        Assert.Equal((0, null), (health.ConsecutiveFailures, health.OutOfServiceUntil));
    }

    private sealed class CountingFailingTagger : ITagger
    {
        public int Calls { get; private set; }

        public bool Recovered { get; set; }

        public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken)
        {
            Calls++;
            return Recovered
                ? ValueTask.FromResult<IReadOnlyList<TagProposal>>([new TagProposal { Name = "recovered" }])
                : throw new InvalidOperationException("tagger exploded");
        }
    }
}
