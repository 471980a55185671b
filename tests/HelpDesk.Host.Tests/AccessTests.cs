using System.Net;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

public sealed class AccessTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string CreateKey = """
        mutation($name: String!, $role: ApiKeyRole!) { createApiKey(input: { name: $name, role: $role }) { key apiKey { id role } userErrors { field message } } }
        """;

    [Fact]
    public async Task An_admin_creates_a_key_shown_once_that_works_and_stops_working_when_revoked()
    {
        var admin = await host.NewOrganizationAsync();

        var created = (await admin.PostAsync(CreateKey, new { name = "console", role = "AGENT" })).Path("createApiKey");
        var key = created.GetProperty("key").GetString()!;
        var agent = new GraphQLClient(host.CreateClient(), key);
        var before = await agent.PostAsync("{ tickets { totalCount } }");
        var listed = (await admin.PostAsync("{ apiKeys { id name role revokedAt } }")).Path("apiKeys");
        await admin.PostAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { revokedId userErrors { message } } }", new { id = created.GetProperty("apiKey").GetProperty("id").GetString() });
        var after = await agent.PostAsync("{ tickets { totalCount } }");

        Assert.StartsWith("hd_", key);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.DoesNotContain(key, listed.ToString());
        Assert.Contains(listed.EnumerateArray(), k => k.GetProperty("name").GetString() == "console");
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
    }

    [Fact]
    public async Task An_agent_may_work_tickets_but_not_escalate_by_hand_or_manage_keys()
    {
        var agent = await host.NewOrganizationAsync(role: ApiKeyRole.Agent);
        var ticket = (await agent.OpenTicketAsync("Server room too hot")).GetProperty("id").GetString();

        var escalate = await agent.PostAsync(
            "mutation($id: ID!) { escalateTicket(input: { ticketId: $id, tier: THIRD_LEVEL, reason: \"Heat\" }) { ticket { tier } } }", new { id = ticket });
        var keys = await agent.PostAsync("{ apiKeys { id } }");
        var create = await agent.PostAsync(CreateKey, new { name = "sneaky", role = "ADMIN" });

        Assert.All([escalate, keys, create], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.All([escalate, keys, create], r => Assert.Equal("FORBIDDEN", r.FirstErrorCode));
        Assert.Contains("supervisor", escalate.FirstError.GetProperty("message").GetString());
        Assert.Equal("FIRST_LEVEL", (await agent.PostAsync("query($id: ID!) { ticket(id: $id) { tier } }", new { id = ticket })).Path("ticket", "tier").GetString());
    }

    [Fact]
    public async Task A_role_check_also_applies_to_a_document_an_admin_had_cached()
    {
        var admin = await host.NewOrganizationAsync();
        var supervisor = await host.NewOrganizationAsync(role: ApiKeyRole.Supervisor);

        var allowed = await admin.PostAsync("{ apiKeys { id } }");
        var refused = await supervisor.PostAsync("{ apiKeys { id } }");
        var allowedAgain = await admin.PostAsync("{ apiKeys { id } }");
        var refusedAgain = await supervisor.PostAsync("{ apiKeys { id } }");

        Assert.All([allowed, allowedAgain], r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All([refused, refusedAgain], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.Contains("apiKeys", refusedAgain.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_key_of_one_organisation_never_sees_another_organisations_keys()
    {
        var first = await host.NewOrganizationAsync();
        var second = await host.NewOrganizationAsync();
        await first.PostAsync(CreateKey, new { name = "first only", role = "AGENT" });

        var seen = (await second.PostAsync("{ apiKeys { name } }")).Path("apiKeys");

        Assert.DoesNotContain(seen.EnumerateArray(), k => k.GetProperty("name").GetString() == "first only");
    }
}
