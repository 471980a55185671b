using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Sdk.Testing.Tests;

public sealed class TestPluginContextTests
{
    [Fact]
    public void A_new_context_belongs_to_the_test_organisation_and_starts_at_the_default_time()
    {
        var context = new TestPluginContext();

        Assert.Equal(TestDefaults.OrganizationId, context.OrganizationId);
        Assert.Equal(TestDefaults.PluginId, context.PluginId);
        Assert.Equal(TestDefaults.Now, ((IPluginContext)context).Clock.GetUtcNow());
        Assert.Empty(context.Settings.Names);
    }

    [Fact]
    public void The_clock_moves_only_when_the_test_moves_it()
    {
        var context = new TestPluginContext();

        context.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(TestDefaults.Now.AddHours(2), context.Clock.GetUtcNow());
    }

    [Fact]
    public void Settings_come_from_json_or_from_plain_values()
    {
        var fromJson = TestPluginContext.WithSettings("""{"maxTransfers": 3, "team": "incident"}""");
        var fromValues = TestPluginContext.WithSettings(new Dictionary<string, object?> { ["maxTransfers"] = 3, ["rules"] = new Dictionary<string, string> { ["vpn"] = "service:network" } });

        Assert.Equal(3, fromJson.Settings.Require<int>("maxTransfers"));
        Assert.Equal("incident", fromJson.Settings.Get("team", ""));
        Assert.Equal(3, fromValues.Settings.Require<int>("maxTransfers"));
        Assert.Equal("service:network", fromValues.Settings.Require<Dictionary<string, string>>("rules")["vpn"]);
    }

    [Fact]
    public void The_logger_records_entries_under_the_plugin_id()
    {
        var context = new TestPluginContext(pluginId: "acme.tagging");

        context.Logger.LogWarning("Rule {Rule} skipped", "vpn");

        var entry = Assert.Single(context.Log.AtLeast(LogLevel.Warning));
        Assert.Equal(("acme.tagging", "Rule vpn skipped"), (entry.Category, entry.Message));
        Assert.Equal(["Rule vpn skipped"], context.Log.Messages);
        context.Log.Clear();
        Assert.Empty(context.Log.Entries);
    }

    [Fact]
    public void Settings_can_be_replaced_but_not_with_nothing()
    {
        var context = new TestPluginContext { Settings = PluginSettings.FromJson("""{"a": 1}""") };

        Assert.Equal(1, context.Settings.Require<int>("a"));
        Assert.Throws<ArgumentNullException>(() => context.Settings = null!);
    }
}
