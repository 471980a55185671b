using System.Text.Json.Nodes;
using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Tests.Desks;

public sealed class DeskInstallerTests
{
    private const string Org = EngineHarness.OrganizationId;

    private static readonly AuditActor Admin = AuditActor.Host("desk installer tests");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Installing_enables_the_desk_plugins_with_their_settings_disables_the_others_and_sets_the_organisation_defaults()
    {
        await using var harness = await StartAsync();

        var result = await Install(harness, DeskTestPackages.Desk);

        Assert.Empty(result.Errors);
        Assert.Equal(["helpdesk.greetings", "helpdesk.tagging"], result.Value!.Plugins.Select(p => p.PluginId));
        var desk = await harness.Get<IDeskConfigurationStore>().FindAsync(Org, Token);
        Assert.Equal(("test-desk", "1.0.0"), (desk!.DeskName, desk.DeskVersion));
        Assert.Equal(5, (int)JsonNode.Parse(Activation(desk, "helpdesk.tagging").SettingsJson)!["limit"]!);
        Assert.True(Activation(desk, "helpdesk.greetings").Enabled);
        Assert.False(Activation(desk, "acme.other").Enabled);
        var organization = await harness.Get<IOrganizationStore>().FindAsync(Org, Token);
        Assert.Equal("Europe/Amsterdam", organization!.TimeZone);
        Assert.Equal(["nl", "en"], organization.Languages);
    }

    [Fact]
    public async Task A_package_with_problems_changes_nothing_and_every_problem_names_the_plugin_and_setting()
    {
        await using var harness = await StartAsync();
        var broken = DeskTestPackages.Desk
            .Replace("\"~1.0\"", "\"^2.0\"", StringComparison.Ordinal)
            .Replace("\"Goedemorgen\"", "\"Goedemorgen\", \"limit\": 0, \"colour\": \"red\"", StringComparison.Ordinal)
            .Replace("Europe/Amsterdam", "Mars/Olympus", StringComparison.Ordinal)
            .Replace("\"plugins\": [", "\"plugins\": [ { \"id\": \"acme.missing\", \"version\": \"*\" },", StringComparison.Ordinal);

        var result = await Install(harness, broken);

        var messages = result.Errors.Select(e => e.Message).ToList();
        Assert.Contains("plugins[0].id: no plugin 'acme.missing' is installed on this host; add its folder to the plugin directory first.", messages);
        Assert.Contains("plugins[2].version: '^2.0' is not satisfied by helpdesk.tagging 1.0.0.", messages);
        Assert.Contains(messages, m => m.StartsWith("plugins[1].settings (helpdesk.greetings): Setting 'limit'", StringComparison.Ordinal));
        Assert.Contains("plugins[1].settings (helpdesk.greetings): Setting 'colour' is not declared in the manifest of 'helpdesk.greetings'.", messages);
        Assert.Contains("organization.timeZone: 'Mars/Olympus' is not an IANA time zone such as Europe/London.", messages);
        Assert.All(result.Errors, e => Assert.Equal(["input", "package"], e.Field));
        Assert.Null(await harness.Get<IDeskConfigurationStore>().FindAsync(Org, Token));
        Assert.Equal("UTC", (await harness.Get<IOrganizationStore>().FindAsync(Org, Token))!.TimeZone);
    }

    [Fact]
    public async Task A_dry_run_reports_the_desk_and_writes_nothing()
    {
        await using var harness = await StartAsync();

        var result = await harness.Get<DeskInstaller>().InstallAsync(Org, DeskTestPackages.Zip(DeskTestPackages.Desk), dryRun: true, Admin, Token);

        Assert.True(result.Value!.DryRun);
        Assert.Null(await harness.Get<IDeskConfigurationStore>().FindAsync(Org, Token));
    }

    [Fact]
    public async Task An_archive_that_ships_plugin_folders_is_refused_by_a_host_that_loads_no_plugin_folders()
    {
        await using var harness = await StartAsync();

        var result = await harness.Get<DeskInstaller>().InstallAsync(
            Org, DeskTestPackages.Zip(DeskTestPackages.Desk, ("plugins/acme.crm/plugin.json", "{}")), dryRun: false, Admin, Token);

        Assert.StartsWith("plugins/acme.crm: this host loads no plugin folders", Assert.Single(result.Errors).Message);
        Assert.Null(await harness.Get<IDeskConfigurationStore>().FindAsync(Org, Token));
    }

    [Fact]
    public async Task An_upgrade_keeps_the_settings_the_organisation_changed_and_takes_the_new_package_values_for_the_rest()
    {
        await using var harness = await StartAsync();
        await Install(harness, DeskTestPackages.Desk);
        await harness.Get<DeskService>().ConfigureAsync(Org, "helpdesk.tagging", """{ "label": "our tags", "limit": 5 }""", null, Admin, Token);

        var upgrade = DeskTestPackages.Desk
            .Replace("\"1.0.0\"", "\"1.1.0\"", StringComparison.Ordinal)
            .Replace("\"label\": \"tags\", \"limit\": 5", "\"label\": \"labels\", \"limit\": 8", StringComparison.Ordinal)
            .Replace("Goedemorgen", "Goedendag", StringComparison.Ordinal);
        var result = await Install(harness, upgrade);

        Assert.Equal(["label"], result.Value!.Plugins.Single(p => p.PluginId == "helpdesk.tagging").KeptOverrides);
        var desk = await harness.Get<IDeskConfigurationStore>().FindAsync(Org, Token);
        var tagging = JsonNode.Parse(Activation(desk!, "helpdesk.tagging").SettingsJson)!;
        Assert.Equal(("our tags", 8), ((string)tagging["label"]!, (int)tagging["limit"]!));
        Assert.Equal("Goedendag", (string)JsonNode.Parse(Activation(desk!, "helpdesk.greetings").SettingsJson)!["label"]!);
        Assert.Equal("1.1.0", desk!.DeskVersion);
    }

    [Fact]
    public async Task An_exported_desk_installs_into_another_organisation_as_the_same_desk()
    {
        await using var harness = await StartAsync();
        await Install(harness, DeskTestPackages.Desk);
        await harness.Get<DeskService>().ConfigureAsync(Org, "helpdesk.tagging", """{ "label": "our tags" }""", null, Admin, Token);

        var export = (await harness.Get<DeskExporter>().ExportAsync(Org, Token)).Value!;
        await harness.Get<IOrganizationStore>().UpsertAsync(new() { Id = "globex", Name = "Globex" }, Token);
        var result = await harness.Get<DeskInstaller>().InstallAsync("globex", new MemoryStream(export.Zip), dryRun: false, Admin, Token);

        Assert.Empty(result.Errors);
        Assert.Contains("\"version\": \"^1.2\"", export.ManifestJson);
        var original = await harness.Get<IDeskConfigurationStore>().FindAsync(Org, Token);
        var copy = await harness.Get<IDeskConfigurationStore>().FindAsync("globex", Token);
        Assert.Equal(Settings(original!), Settings(copy!));
        Assert.Equal(("test-desk", "1.0.0"), (copy!.DeskName, copy.DeskVersion));
        Assert.Equal("Europe/Amsterdam", (await harness.Get<IOrganizationStore>().FindAsync("globex", Token))!.TimeZone);
    }

    private static async Task<EngineHarness> StartAsync()
    {
        var harness = await EngineHarness.StartAsync();
        DeskTestPackages.UseCatalog(harness);
        return harness;
    }

    private static Task<Errors.OperationResult<DeskInstallation>> Install(EngineHarness harness, string deskJson) =>
        harness.Get<DeskInstaller>().InstallAsync(Org, DeskTestPackages.Zip(deskJson), dryRun: false, Admin, Token);

    private static PluginActivation Activation(DeskConfiguration desk, string pluginId) => desk.Plugins.Single(p => p.PluginId == pluginId);

    private static List<(string, bool, string)> Settings(DeskConfiguration desk) =>
        [.. desk.Plugins.OrderBy(p => p.PluginId, StringComparer.Ordinal).Select(p => (p.PluginId, p.Enabled, JsonNode.Parse(p.SettingsJson)!.ToJsonString()))];
}
