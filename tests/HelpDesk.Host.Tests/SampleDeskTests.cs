using System.Text.Json;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Desks;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>The sample desks in samples/desks, zipped and installed over GraphQL into fresh organisations on the real host.</summary>
public sealed class SampleDeskTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Install = """
        mutation($package: String!, $dryRun: Boolean) { installDesk(input: { package: $package, dryRun: $dryRun }) {
          desk { name version } plugins { pluginId version settings keptOverrides } dryRun userErrors { field code message } } }
        """;

    private const string Desk = "{ organization { timeZone languages plugins { plugin { id } enabled } } }";

    [Theory]
    [InlineData("it-service-desk", "Europe/London", "en-GB", 6, "VPN keeps dropping", "service:network")]
    [InlineData("retail-hotline-nl", "Europe/Amsterdam", "nl-NL", 3, "Mijn bestelling is niet aangekomen", "category:order")]
    public async Task A_sample_desk_installs_into_a_fresh_organisation_and_its_plugins_work(
        string sample, string timeZone, string language, int plugins, string subject, string tag)
    {
        var admin = await host.NewOrganizationAsync();

        var installed = (await admin.PostAsync(Install, new { package = Package(sample) })).Path("installDesk");
        var ticket = await admin.OpenTicketAsync(subject);

        Assert.Equal(0, installed.GetProperty("userErrors").GetArrayLength());
        Assert.Equal(sample, installed.GetProperty("desk").GetProperty("name").GetString());
        Assert.Equal(plugins, installed.GetProperty("plugins").GetArrayLength());
        var organization = (await admin.PostAsync(Desk)).Path("organization");
        Assert.Equal(timeZone, organization.GetProperty("timeZone").GetString());
        Assert.Equal(language, organization.GetProperty("languages")[0].GetString());
        Assert.Equal(plugins, organization.GetProperty("plugins").EnumerateArray().Count(p => p.GetProperty("enabled").GetBoolean()));
        Assert.Contains(ticket.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == tag);
    }

    [Fact]
    public async Task A_broken_package_changes_nothing_and_names_the_plugin_and_setting()
    {
        var admin = await host.NewOrganizationAsync();
        var broken = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "desks", "retail-hotline-nl", DeskManifest.FileName))
            .Replace("\"lowCsat\": 2", "\"lowCsat\": 9", StringComparison.Ordinal)
            .Replace("\"helpdesk.tagging\",\n      \"version\": \"^1.0\"", "\"helpdesk.tagging\",\n      \"version\": \"^2.0\"", StringComparison.Ordinal);

        var result = (await admin.PostAsync(Install, new { package = Convert.ToBase64String(DeskPackage.Zip(broken)) })).Path("installDesk");
        var organization = (await admin.PostAsync(Desk)).Path("organization");

        var messages = result.GetProperty("userErrors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("plugins[2].settings (helpdesk.surveys): Setting 'lowCsat'", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("desk").ValueKind);
        Assert.Contains("plugins[1].version: '^2.0' is not satisfied by helpdesk.tagging 1.0.0.", messages);
        Assert.Equal("Europe/Amsterdam", organization.GetProperty("timeZone").GetString());
        Assert.All(organization.GetProperty("plugins").EnumerateArray(), p => Assert.True(p.GetProperty("enabled").GetBoolean()));
    }

    [Fact]
    public async Task An_exported_desk_installs_into_another_organisation_and_only_admins_may_install()
    {
        var first = await host.NewOrganizationAsync();
        var second = await host.NewOrganizationAsync();
        var agent = await host.NewOrganizationAsync(role: ApiKeyRole.Agent);
        await first.PostAsync(Install, new { package = Package("retail-hotline-nl") });

        var export = (await first.PostAsync("{ exportDesk { desk { name version } deskJson package } }")).Path("exportDesk");
        var dryRun = (await second.PostAsync(Install, new { package = export.GetProperty("package").GetString(), dryRun = true })).Path("installDesk");
        var afterDryRun = (await second.PostAsync(Desk)).Path("organization");
        var installed = (await second.PostAsync(Install, new { package = export.GetProperty("package").GetString() })).Path("installDesk");
        var forbidden = await agent.PostAsync(Install, new { package = Package("retail-hotline-nl") });

        Assert.Equal("retail-hotline-nl", export.GetProperty("desk").GetProperty("name").GetString());
        Assert.Contains("\"helpdesk.surveys\"", export.GetProperty("deskJson").GetString(), StringComparison.Ordinal);
        Assert.True(dryRun.GetProperty("dryRun").GetBoolean());
        Assert.All(afterDryRun.GetProperty("plugins").EnumerateArray(), p => Assert.True(p.GetProperty("enabled").GetBoolean()));
        Assert.Equal(0, installed.GetProperty("userErrors").GetArrayLength());
        Assert.Equal(["helpdesk.greetings", "helpdesk.tagging", "helpdesk.surveys"], installed.GetProperty("plugins").EnumerateArray().Select(p => p.GetProperty("pluginId").GetString()));
        Assert.Equal("FORBIDDEN", forbidden.FirstErrorCode);
    }

    private static string Package(string sample) =>
        Convert.ToBase64String(DeskPackage.Zip(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "desks", sample, DeskManifest.FileName))));
}
