using System.Net;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

public sealed class OrganizationTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    [Fact]
    public async Task The_organisation_shows_its_desk_with_every_active_plugin_and_its_effective_settings()
    {
        var admin = await host.NewOrganizationAsync("Acme Support");

        var organization = (await admin.PostAsync("{ organization { name timeZone languages plugins { enabled settings plugin { id } } } }")).Path("organization");

        Assert.Equal(("Acme Support", "Europe/Amsterdam"), (organization.GetProperty("name").GetString(), organization.GetProperty("timeZone").GetString()));
        var plugins = organization.GetProperty("plugins").EnumerateArray().ToDictionary(p => p.GetProperty("plugin").GetProperty("id").GetString()!);
        Assert.Equal(6, plugins.Count);
        Assert.All(plugins.Values, p => Assert.True(p.GetProperty("enabled").GetBoolean()));
        Assert.Equal(80, plugins["helpdesk.escalation"].GetProperty("settings").GetProperty("warnAtPercent").GetInt32());
    }

    [Fact]
    public async Task An_agent_sees_the_desk_but_not_the_plugin_settings()
    {
        var agent = await host.NewOrganizationAsync(role: ApiKeyRole.Agent);

        var plugins = await agent.PostAsync("{ organization { plugins { enabled plugin { id } } } }");
        var settings = await agent.PostAsync("{ organization { plugins { settings } } }");

        Assert.Equal(HttpStatusCode.OK, plugins.Status);
        Assert.Equal(HttpStatusCode.Forbidden, settings.Status);
        Assert.Equal("FORBIDDEN", settings.FirstErrorCode);
    }
}
