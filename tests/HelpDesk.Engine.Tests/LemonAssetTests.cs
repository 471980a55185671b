using HelpDesk.Engine.History;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tests;

public sealed class LemonAssetTests
{
    private const string Org = EngineHarness.OrganizationId;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_unit_repaired_three_times_within_90_days_is_a_lemon_and_its_next_ticket_is_labelled()
    {
        await using var engine = await EngineHarness.StartAsync();
        var asset = await AddAssetAsync(engine);
        await RepairAsync(engine, asset, times: 2);
        var twice = await engine.Get<AssetRepairs>().CheckAsync(asset, Cancel);
        var notYet = await OpenAsync(engine, asset);
        await RepairAsync(engine, asset, times: 1);

        var thrice = await engine.Get<AssetRepairs>().CheckAsync(asset, Cancel);
        var next = await OpenAsync(engine, asset);

        Assert.Equal((false, 2, null), (twice.IsLemon, twice.RepairCount, twice.Recommendation));
        Assert.False(notYet.HasTag("lemon"));
        Assert.Equal((true, 3, TimeSpan.FromDays(90)), (thrice.IsLemon, thrice.RepairCount, thrice.Window));
        Assert.Equal("Unit SN-LEMON-1 (ThinkPad X1) was repaired 3 times in the last 90 days (lemon from 3): stop repairing it and ask the vendor to replace it or take it back (RMA).", thrice.Recommendation);
        Assert.Equal(TagSource.Rule, Assert.Single(next.Tags, t => t.Name == "lemon").Source);
        var tagged = Assert.Single((await engine.Get<IEventLog>().ReadTicketAsync(Org, next.Id, Cancel)).Select(e => e.Event).OfType<TicketTagged>());
        Assert.Equal(("rule:lemon", "lemon"), (tagged.ActorId, Assert.Single(tagged.Added).Name));
    }

    [Fact]
    public async Task Repairs_older_than_the_window_do_not_count()
    {
        await using var engine = await EngineHarness.StartAsync();
        var asset = await AddAssetAsync(engine);
        await RepairAsync(engine, asset, times: 3);

        engine.Clock.Advance(TimeSpan.FromDays(91));
        var status = await engine.Get<AssetRepairs>().CheckAsync(asset, Cancel);

        Assert.Equal((false, 0), (status.IsLemon, status.RepairCount));
    }

    private static async Task<Asset> AddAssetAsync(EngineHarness engine)
    {
        var asset = new Asset { Id = "asset-lemon-1", OrganizationId = Org, SerialNumber = "SN-LEMON-1", Model = "ThinkPad X1" };
        await engine.Get<IAssetStore>().InsertAsync(asset, Cancel);
        return asset;
    }

    private static async Task RepairAsync(EngineHarness engine, Asset asset, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var ticket = await OpenAsync(engine, asset);
            engine.Clock.Advance(TimeSpan.FromDays(5));
            await engine.Get<TicketLifecycle>().ResolveAsync(Org, ticket.Id, null, false, "agent-7", Cancel);
        }
    }

    private static async Task<Ticket> OpenAsync(EngineHarness engine, Asset asset) =>
        (await engine.Get<TicketService>().OpenAsync(Org, new OpenTicketCommand { Subject = "Laptop does not start", AssetId = asset.Id }, Cancel)).Value!;
}
