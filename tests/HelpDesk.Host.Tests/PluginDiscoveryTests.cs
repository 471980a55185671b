using HelpDesk.Engine.Auth;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>A plugin folder dropped into the plugin directory of a running host is loaded and used without a restart.</summary>
public sealed class PluginDiscoveryTests
{
    [Fact]
    public async Task A_plugin_folder_dropped_in_while_the_host_runs_becomes_active_and_tags_tickets()
    {
        using var plugins = new TemporaryDirectory();
        await using var host = new ConfiguredHostFactory(new()
        {
            ["HelpDesk:Plugins:Directory"] = plugins.Path,
            ["HelpDesk:Plugins:RescanInterval"] = "00:00:00.200",
        });
        var client = new GraphQLClient(host.CreateClient(), TestKeys.For(host, "demo", ApiKeyRole.Admin));
        Assert.Empty((await client.PostAsync("{ plugins { id } }")).Path("plugins").EnumerateArray());

        plugins.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "HelpDesk.TestPlugins.Good"), "good");
        var status = "";
        for (var attempt = 0; attempt < 100 && status != "ACTIVE"; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            var listed = (await client.PostAsync("{ plugins { id status } }")).Path("plugins").EnumerateArray().ToList();
            status = listed.FirstOrDefault(p => p.GetProperty("id").GetString() == "test.good") is { ValueKind: System.Text.Json.JsonValueKind.Object } good
                ? good.GetProperty("status").GetString()!
                : "";
        }

        Assert.Equal("ACTIVE", status);
        var ticket = await client.OpenTicketAsync("Anything");
        Assert.Contains(ticket.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "test:good");
    }
}
