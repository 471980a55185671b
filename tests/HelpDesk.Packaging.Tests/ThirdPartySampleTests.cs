using System.Text.Json;
using HelpDesk.Engine.Storage;
using HelpDesk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Packaging.Tests;

public sealed class ThirdPartySampleTests(PackedSdk packed)
{
    private const string PluginId = "fabrikam.vip-callers";

    [Fact]
    public async Task The_vendor_sample_builds_against_the_packed_sdk_and_labels_key_account_callers_in_the_host()
    {
        // Same relative place as in the repository, so the sample's own nuget.config finds the packed feed.
        var sample = SourceTree.Copy(Path.Combine(RepositoryPaths.Root, "samples", "ThirdParty.Plugin"), Path.Combine(packed.Workspace, "samples", "ThirdParty.Plugin"));

        var tested = await packed.DotnetAsync(sample, "test", "--nologo");

        Assert.Contains("Passed!", tested);
        Assert.Equal(packed.Feed, RestoredFrom("HelpDesk.Sdk"));
        Assert.Equal(packed.Feed, RestoredFrom("HelpDesk.Sdk.Testing"));
        await using var host = new PluginHost((Path.Combine(sample, "artifacts", "plugins", "Fabrikam.VipCallers"), "fabrikam-vip-callers"));
        Assert.Equal("ACTIVE", (await host.PluginsAsync())[PluginId].GetProperty("status").GetString());
        await EnableForDemoAsync(host, """{"vipDomains": ["contoso.example"]}""");

        var vip = await host.OpenTicketAsync("Invoice is wrong", await host.CreateContactAsync("Sam Jansen", "sam@eu.contoso.example"));
        var other = await host.OpenTicketAsync("Invoice is wrong", await host.CreateContactAsync("Kim de Vries", "kim@fabrikam.example"));

        Assert.Equal(PluginId, vip["caller:vip"]);
        Assert.DoesNotContain("caller:vip", other.Keys);
    }

    private string RestoredFrom(string packageId)
    {
        var metadata = Path.Combine(packed.RestoredPackage(packageId), ".nupkg.metadata");
        using var json = JsonDocument.Parse(File.ReadAllText(metadata));
        return Path.TrimEndingDirectorySeparator(json.RootElement.GetProperty("source").GetString()!);
    }

    // Until organisations configure plugins over GraphQL, the desk is set through the host's own store.
    private static Task EnableForDemoAsync(PluginHost host, string settingsJson) =>
        host.Services.GetRequiredService<IDeskConfigurationStore>().SaveAsync(
            new DeskConfiguration { OrganizationId = "demo", Plugins = [new PluginActivation { PluginId = PluginId, SettingsJson = settingsJson }] },
            expectedVersion: 0,
            TestContext.Current.CancellationToken);
}
