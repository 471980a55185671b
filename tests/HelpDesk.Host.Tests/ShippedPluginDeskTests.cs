using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>
/// A vendor's desk archive that ships its own plugin folder, installed over GraphQL on the running host: the folder is
/// checked with the rest of the desk, moved into the plugin directory only when everything checks out, and runs at once.
/// </summary>
public sealed class ShippedPluginDeskTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    internal const string Install = """
        mutation($package: String!, $dryRun: Boolean) {
          installDesk(input: { package: $package, dryRun: $dryRun }) { desk { name } plugins { pluginId version settings } userErrors { field message code } }
        }
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_shipped_plugin_folder_is_installed_with_the_desk_and_tags_the_next_ticket_without_a_restart()
    {
        var admin = await OrganizationAsync("shipped-ok");
        var package = ShippedDeskArchives.Archive(("acme.good", "HelpDesk.TestPlugins.Good"));

        var dryRun = (await admin.PostAsync(Install, new { package, dryRun = true })).Path("installDesk");
        Assert.Equal(0, dryRun.GetProperty("userErrors").GetArrayLength());
        Assert.False(Directory.Exists(Path.Combine(host.PluginDirectory, "acme.good")));

        var installed = (await admin.PostAsync(Install, new { package })).Path("installDesk");
        Assert.Equal(0, installed.GetProperty("userErrors").GetArrayLength());
        var plugin = Assert.Single(installed.GetProperty("plugins").EnumerateArray());
        Assert.Equal(("test.good", "1.0.0"), (plugin.GetProperty("pluginId").GetString(), plugin.GetProperty("version").GetString()));
        Assert.True(File.Exists(Path.Combine(host.PluginDirectory, "acme.good", "plugin.json")));

        var ticket = await admin.OpenTicketAsync("Printer on fire");
        Assert.Contains(ticket.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "shipped:vip");

        var again = (await admin.PostAsync(Install, new { package })).Path("installDesk");
        Assert.Equal(0, again.GetProperty("userErrors").GetArrayLength());
    }

    [Fact]
    public async Task An_export_asked_to_ship_plugin_folders_holds_the_enabled_plugins_and_installs_again()
    {
        var admin = await OrganizationAsync("shipped-export");
        Assert.Equal(0, (await admin.PostAsync(Install, new { package = ShippedDeskArchives.Archive(("acme.good", "HelpDesk.TestPlugins.Good")) }))
            .Path("installDesk").GetProperty("userErrors").GetArrayLength());

        var plain = (await admin.PostAsync("{ exportDesk { package } }")).Path("exportDesk", "package").GetString()!;
        var withFolders = (await admin.PostAsync("{ exportDesk(includePluginFolders: true) { package } }")).Path("exportDesk", "package").GetString()!;

        Assert.Empty(Read(plain).PluginFolders);
        var shipped = Assert.Single(Read(withFolders).PluginFolders);
        Assert.Equal("acme.good", shipped.Name);
        Assert.Contains(shipped.Files, f => f.Path == "plugin.json");
        var reinstalled = (await admin.PostAsync(Install, new { package = withFolders })).Path("installDesk");
        Assert.Equal(0, reinstalled.GetProperty("userErrors").GetArrayLength());
    }

    private static DeskPackage Read(string base64)
    {
        var package = DeskPackage.Read(new MemoryStream(Convert.FromBase64String(base64)), out var problems);
        Assert.True(package is not null, string.Join(Environment.NewLine, problems));
        return package;
    }

    [Fact]
    public async Task A_shipped_plugin_that_cannot_run_refuses_the_whole_desk_and_no_folder_is_left_behind()
    {
        var admin = await OrganizationAsync("shipped-bad");
        var package = ShippedDeskArchives.Archive(("acme.fine", "HelpDesk.TestPlugins.Good"), ("acme.broken", "HelpDesk.TestPlugins.Broken"));

        var refused = (await admin.PostAsync(Install, new { package })).Path("installDesk");

        var error = Assert.Single(refused.GetProperty("userErrors").EnumerateArray());
        Assert.Equal(("input.package", "INVALID"), (string.Join('.', error.GetProperty("field").EnumerateArray().Select(f => f.GetString())), error.GetProperty("code").GetString()));
        Assert.StartsWith("plugins/acme.broken: the shipped plugin 'test.broken' cannot run on this host:", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("rule table is corrupt", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonNull, refused.GetProperty("desk").ValueKind);
        Assert.False(Directory.Exists(Path.Combine(host.PluginDirectory, "acme.fine")));
        Assert.False(Directory.Exists(Path.Combine(host.PluginDirectory, "acme.broken")));
        Assert.Null(await host.Services.GetRequiredService<IDeskConfigurationStore>().FindAsync("shipped-bad", Token));
    }

    private static System.Text.Json.JsonValueKind JsonNull => System.Text.Json.JsonValueKind.Null;

    private async Task<GraphQLClient> OrganizationAsync(string id)
    {
        await host.Services.GetRequiredService<IOrganizationStore>().UpsertAsync(new Organization { Id = id, Name = id }, Token);
        return host.GraphQL(id);
    }
}
