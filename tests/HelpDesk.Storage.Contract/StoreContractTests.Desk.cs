using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task An_organisation_is_created_read_and_replaced()
    {
        Assert.Null(await Store.Organizations.FindAsync(OrgA, Ct));
        var organization = new Organization { Id = OrgA, Name = "Acme Support", TimeZone = "Europe/Amsterdam", Languages = ["nl", "en"] };

        await Store.Organizations.UpsertAsync(organization, Ct);
        var renamed = organization with { Name = "Acme Help" };
        await Store.Organizations.UpsertAsync(renamed, Ct);

        Assert.Equal(Samples.Json(renamed), Samples.Json(await Store.Organizations.FindAsync(OrgA, Ct)));
        Assert.Null(await Store.Organizations.FindAsync(OrgB, Ct));
    }

    [Fact]
    public async Task A_desk_configuration_saves_with_optimistic_concurrency()
    {
        Assert.Null(await Store.DeskConfigurations.FindAsync(OrgA, Ct));
        var first = new DeskConfiguration
        {
            OrganizationId = OrgA,
            Plugins = [new PluginActivation { PluginId = "keyword-tagger", SettingsJson = """{"rules":["vpn"]}""" }, new PluginActivation { PluginId = "greeter", Enabled = false }],
        };

        await Store.DeskConfigurations.SaveAsync(first, expectedVersion: 0, Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.DeskConfigurations.SaveAsync(first, expectedVersion: 0, Ct));
        var second = first with { Plugins = [], Version = 2 };
        await Store.DeskConfigurations.SaveAsync(second, expectedVersion: 1, Ct);
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.DeskConfigurations.SaveAsync(first with { Version = 2 }, expectedVersion: 1, Ct));

        Assert.Equal(1, stale.ExpectedVersion);
        Assert.Equal(Samples.Json(second), Samples.Json(await Store.DeskConfigurations.FindAsync(OrgA, Ct)));
        Assert.Null(await Store.DeskConfigurations.FindAsync(OrgB, Ct));
    }

    [Fact]
    public async Task Plugin_data_is_kept_apart_per_organisation_and_plugin()
    {
        await Store.PluginData.SetAsync(OrgA, "tagger", "threshold", "0.8", Ct);
        await Store.PluginData.SetAsync(OrgA, "greeter", "threshold", "other plugin", Ct);
        await Store.PluginData.SetAsync(OrgB, "tagger", "threshold", "other org", Ct);
        await Store.PluginData.SetAsync(OrgA, "tagger", "threshold", "0.9", Ct);

        Assert.Equal("0.9", await Store.PluginData.GetAsync(OrgA, "tagger", "threshold", Ct));
        Assert.Equal("other plugin", await Store.PluginData.GetAsync(OrgA, "greeter", "threshold", Ct));
        Assert.Equal("other org", await Store.PluginData.GetAsync(OrgB, "tagger", "threshold", Ct));
        Assert.Null(await Store.PluginData.GetAsync(OrgA, "tagger", "missing", Ct));

        Assert.True(await Store.PluginData.DeleteAsync(OrgA, "tagger", "threshold", Ct));
        Assert.False(await Store.PluginData.DeleteAsync(OrgA, "tagger", "threshold", Ct));
        Assert.Null(await Store.PluginData.GetAsync(OrgA, "tagger", "threshold", Ct));
        Assert.Equal("other plugin", await Store.PluginData.GetAsync(OrgA, "greeter", "threshold", Ct));
        Assert.Equal("other org", await Store.PluginData.GetAsync(OrgB, "tagger", "threshold", Ct));
    }
}
