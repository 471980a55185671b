using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

/// <summary>An admin assembles the organisation's desk at runtime: plugins on and off, settings checked, other organisations untouched.</summary>
public sealed class DeskAssemblyTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Disable = "mutation($id: String!) { disablePlugin(input: { pluginId: $id }) { deskPlugin { enabled deskVersion } userErrors { field code message } } }";
    private const string Enable = "mutation($id: String!, $v: Int) { enablePlugin(input: { pluginId: $id, expectedVersion: $v }) { deskPlugin { enabled deskVersion } userErrors { field code message } } }";
    private const string Configure = """
        mutation($id: String!, $settings: JSON!) { configurePlugin(input: { pluginId: $id, settings: $settings }) {
          deskPlugin { settings deskVersion } userErrors { field code message } } }
        """;

    [Fact]
    public async Task Disabling_the_tagging_plugin_stops_it_for_one_organisation_only_without_a_restart()
    {
        var first = await host.NewOrganizationAsync();
        var second = await host.NewOrganizationAsync();

        var disabled = (await first.PostAsync(Disable, new { id = "helpdesk.tagging" })).Path("disablePlugin", "deskPlugin");
        var untagged = await first.OpenTicketAsync("VPN drops every hour");
        var tagged = await second.OpenTicketAsync("VPN drops every hour");
        var enabled = (await first.PostAsync(Enable, new { id = "helpdesk.tagging", v = 1 })).Path("enablePlugin", "deskPlugin");
        var taggedAgain = await first.OpenTicketAsync("VPN drops every hour");

        Assert.Equal((false, 1), (disabled.GetProperty("enabled").GetBoolean(), disabled.GetProperty("deskVersion").GetInt32()));
        Assert.Empty(untagged.GetProperty("tags").EnumerateArray());
        Assert.NotEmpty(tagged.GetProperty("tags").EnumerateArray());
        Assert.Equal((true, 2), (enabled.GetProperty("enabled").GetBoolean(), enabled.GetProperty("deskVersion").GetInt32()));
        Assert.NotEmpty(taggedAgain.GetProperty("tags").EnumerateArray());
        var desk = (await first.PostAsync("{ organization { plugins { plugin { id } enabled } } }")).Path("organization", "plugins").EnumerateArray().ToList();
        Assert.Equal(6, desk.Count);
        Assert.All(desk, p => Assert.True(p.GetProperty("enabled").GetBoolean()));
    }

    [Fact]
    public async Task Settings_are_checked_against_the_plugin_and_a_stale_or_unknown_change_is_refused()
    {
        var admin = await host.NewOrganizationAsync();
        var agent = await host.NewOrganizationAsync(role: ApiKeyRole.Agent);

        var bad = (await admin.PostAsync(Configure, new { id = "helpdesk.escalation", settings = new { warnAtPercent = 150, colour = "red" } })).Path("configurePlugin");
        var good = (await admin.PostAsync(Configure, new { id = "helpdesk.escalation", settings = new { warnAtPercent = 70 } })).Path("configurePlugin", "deskPlugin");
        var stale = (await admin.PostAsync(Enable, new { id = "helpdesk.escalation", v = 0 })).Path("enablePlugin", "userErrors")[0];
        var unknown = (await admin.PostAsync(Disable, new { id = "acme.nothing" })).Path("disablePlugin", "userErrors")[0];
        var forbidden = await agent.PostAsync(Disable, new { id = "helpdesk.tagging" });

        var problems = bad.GetProperty("userErrors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(problems, m => m.Contains("'warnAtPercent'", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.Contains("'colour'", StringComparison.Ordinal));
        Assert.Equal(JsonValueKindNull, bad.GetProperty("deskPlugin").ValueKind);
        Assert.Equal(70, good.GetProperty("settings").GetProperty("warnAtPercent").GetInt32());
        Assert.Equal(15, good.GetProperty("settings").GetProperty("urgentFirstResponseMinutes").GetInt32());
        Assert.Equal("CONFLICT", stale.GetProperty("code").GetString());
        Assert.Equal("NOT_FOUND", unknown.GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", forbidden.FirstErrorCode);
    }

    private static System.Text.Json.JsonValueKind JsonValueKindNull => System.Text.Json.JsonValueKind.Null;
}
