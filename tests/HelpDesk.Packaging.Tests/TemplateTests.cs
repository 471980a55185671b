using System.Text.Json.Nodes;
using HelpDesk.Testing;

namespace HelpDesk.Packaging.Tests;

public sealed class TemplateTests(PackedSdk packed)
{
    [Fact]
    public async Task A_plugin_created_with_dotnet_new_passes_its_tests_and_runs_in_the_host()
    {
        var author = Path.Combine(packed.Workspace, "plugin-author");
        var hive = Path.Combine(packed.Workspace, "template-hive");
        Directory.CreateDirectory(author);
        await File.WriteAllTextAsync(Path.Combine(author, "nuget.config"), LocalFeedConfig("../artifacts/packages"), TestContext.Current.CancellationToken);

        var installed = await packed.DotnetAsync(author, "new", "install", Path.Combine(RepositoryPaths.Root, "templates", "HelpDesk.Plugin.Templates"), "--debug:custom-hive", hive);
        Assert.Contains("helpdesk-plugin", installed);
        await packed.DotnetAsync(author, "new", "helpdesk-plugin", "-n", "Acme.Vip", "--plugin-id", "acme.vip", "--plugin-name", "VIP callers", "--debug:custom-hive", hive);
        var tested = await packed.DotnetAsync(author, "test", "Acme.Vip", "--nologo");

        Assert.Contains("Passed!", tested);
        var folder = Path.Combine(author, "Acme.Vip", "artifacts", "plugins", "Acme.Vip");
        var shipped = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();
        Assert.Contains("Acme.Vip.dll", shipped);
        Assert.Contains("plugin.json", shipped);
        Assert.DoesNotContain(shipped, f => f!.StartsWith("HelpDesk.Sdk", StringComparison.Ordinal) || f.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));

        var needsNewerSdk = CopyWithManifest(folder, "acme.vip-next", "1.1");
        await using var host = new PluginHost((folder, "Acme.Vip"), (needsNewerSdk, "Acme.Vip.Next"));
        var plugins = await host.PluginsAsync();

        Assert.Equal("ACTIVE", plugins["acme.vip"].GetProperty("status").GetString());
        Assert.Equal("VIP callers", plugins["acme.vip"].GetProperty("name").GetString());
        var refused = plugins["acme.vip-next"];
        Assert.Equal("REFUSED", refused.GetProperty("status").GetString());
        Assert.Contains("built against SDK 1.1", refused.GetProperty("reason").GetString());
        Assert.Contains($"this host runs SDK {PackedSdk.Version}", refused.GetProperty("reason").GetString());
        var tags = await host.OpenTicketAsync("Mail outage on the third floor");
        Assert.Equal("acme.vip", tags["attention:keyword"]);

        await A_desk_shipping_the_plugin_installs_it_on_a_host_that_never_had_it(author, folder);
    }

    /// <summary>The guide's last step: a desk folder with desk.json and the plugin folder, packed by pack-desk and installed.</summary>
    private static async Task A_desk_shipping_the_plugin_installs_it_on_a_host_that_never_had_it(string author, string pluginFolder)
    {
        var desk = Path.Combine(author, "acme-desk");
        Directory.CreateDirectory(Path.Combine(desk, "plugins"));
        TemporaryDirectory.CopyTree(pluginFolder, Path.Combine(desk, "plugins", "Acme.Vip"));
        await File.WriteAllTextAsync(Path.Combine(desk, "desk.json"), """
            { "name": "acme-desk", "version": "1.0.0", "description": "Acme's desk with its VIP tagger.",
              "plugins": [ { "id": "acme.vip", "version": "^1.0", "settings": { "keywords": ["boardroom"], "label": "attention:vip" } } ] }
            """, TestContext.Current.CancellationToken);
        var zip = Path.Combine(author, "acme-desk.zip");
        Assert.Equal(0, await HelpDesk.Host.Desks.PackDeskCommand.RunAsync(["pack-desk", desk, "--output", zip], TextWriter.Null, TestContext.Current.CancellationToken));

        await using var host = new PluginHost();
        var installed = await host.QueryAsync(
            "mutation($package: String!) { installDesk(input: { package: $package }) { desk { name } userErrors { message } } }",
            new { package = Convert.ToBase64String(await File.ReadAllBytesAsync(zip, TestContext.Current.CancellationToken)) });

        Assert.Equal(0, installed.GetProperty("installDesk").GetProperty("userErrors").GetArrayLength());
        Assert.Equal("ACTIVE", (await host.PluginsAsync())["acme.vip"].GetProperty("status").GetString());
        Assert.Equal("acme.vip", (await host.OpenTicketAsync("The boardroom projector is dead"))["attention:vip"]);
    }

    internal static string LocalFeedConfig(string feed) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="helpdesk-sdk-local" value="{feed}" />
          </packageSources>
        </configuration>
        """;

    /// <summary>Copies a built plugin folder with another id and SDK version in its manifest.</summary>
    private string CopyWithManifest(string folder, string id, string sdkVersion)
    {
        var copy = Path.Combine(packed.Workspace, id);
        foreach (var file in Directory.GetFiles(folder))
        {
            Directory.CreateDirectory(copy);
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var manifestPath = Path.Combine(copy, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["id"] = id;
        manifest["sdkVersion"] = sdkVersion;
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        return copy;
    }
}
