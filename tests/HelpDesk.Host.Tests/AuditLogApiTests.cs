using System.Net;
using System.Text.Json;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

/// <summary>Admins read who changed what – keys, plugins, settings – newest first; secrets and setting values stay out of it.</summary>
public sealed class AuditLogApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Entries = """
        query($first: Int, $after: String, $action: AuditAction) {
          auditLog(first: $first, after: $after, action: $action) {
            edges { cursor node { id action actorKeyId actorName actorRole targetKind targetId summary occurredAt } }
            pageInfo { hasNextPage hasPreviousPage endCursor } } }
        """;

    [Fact]
    public async Task Key_and_plugin_changes_are_listed_newest_first_with_who_made_them_and_without_secrets()
    {
        var admin = await host.NewOrganizationAsync();
        var created = (await admin.PostAsync(
            "mutation { createApiKey(input: { name: \"wallboard\", role: SUPERVISOR }) { key apiKey { id } } }")).Path("createApiKey");
        var keyId = created.GetProperty("apiKey").GetProperty("id").GetString()!;
        await admin.PostAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { revokedId } }", new { id = keyId });
        await admin.PostAsync(
            "mutation($settings: JSON!) { configurePlugin(input: { pluginId: \"helpdesk.escalation\", settings: $settings }) { deskPlugin { deskVersion } } }",
            new { settings = new { warnAtPercent = 73 } });
        await admin.PostAsync("mutation { disablePlugin(input: { pluginId: \"helpdesk.tagging\" }) { deskPlugin { enabled } } }");

        var response = await admin.PostAsync(Entries);
        var nodes = Nodes(response);

        Assert.Equal(
            ["PLUGIN_DISABLED", "PLUGIN_CONFIGURED", "API_KEY_REVOKED", "API_KEY_CREATED", "API_KEY_CREATED"],
            nodes.Select(n => n.GetProperty("action").GetString()));
        Assert.Equal(("Plugin", "helpdesk.tagging"), (nodes[0].GetProperty("targetKind").GetString(), nodes[0].GetProperty("targetId").GetString()));
        Assert.Equal(("ApiKey", keyId), (nodes[2].GetProperty("targetKind").GetString(), nodes[2].GetProperty("targetId").GetString()));
        Assert.All(nodes[..4], n => Assert.Equal(("test Admin", "ADMIN"), (n.GetProperty("actorName").GetString(), n.GetProperty("actorRole").GetString())));
        Assert.Contains("'wallboard' with the role Supervisor", nodes[3].GetProperty("summary").GetString());
        Assert.Contains("warnAtPercent", nodes[1].GetProperty("summary").GetString());
        Assert.DoesNotContain("73", nodes[1].GetProperty("summary").GetString());

        // The first entry of a new organisation is its test key, made by the host rather than by a key.
        Assert.Equal((JsonValueKind.Null, "test set-up"), (nodes[4].GetProperty("actorKeyId").ValueKind, nodes[4].GetProperty("actorName").GetString()));
        var text = response.Body.GetRawText();
        Assert.DoesNotContain(created.GetProperty("key").GetString()!, text);
    }

    [Fact]
    public async Task The_log_pages_with_cursors_and_filters_by_action()
    {
        var admin = await host.NewOrganizationAsync();
        foreach (var plugin in new[] { "helpdesk.tagging", "helpdesk.escalation", "helpdesk.greetings" })
        {
            await admin.PostAsync("mutation($id: String!) { disablePlugin(input: { pluginId: $id }) { deskPlugin { enabled } } }", new { id = plugin });
        }

        var first = (await admin.PostAsync(Entries, new { first = 2 })).Path("auditLog");
        var rest = (await admin.PostAsync(Entries, new { first = 10, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Path("auditLog");
        var disabled = (await admin.PostAsync(Entries, new { action = "PLUGIN_DISABLED" })).Path("auditLog");

        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(
            ["helpdesk.greetings", "helpdesk.escalation", "helpdesk.tagging", "test set-up"],
            first.GetProperty("edges").EnumerateArray().Concat(rest.GetProperty("edges").EnumerateArray())
                .Select(e => e.GetProperty("node"))
                .Select(n => n.GetProperty("action").GetString() == "PLUGIN_DISABLED" ? n.GetProperty("targetId").GetString() : n.GetProperty("actorName").GetString()));
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(rest.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(3, disabled.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Only_admins_read_the_log_and_only_their_own_organisations()
    {
        var admin = await host.NewOrganizationAsync();
        var other = await host.NewOrganizationAsync();
        var supervisor = await host.NewOrganizationAsync(role: ApiKeyRole.Supervisor);
        await admin.PostAsync("mutation { disablePlugin(input: { pluginId: \"helpdesk.tagging\" }) { deskPlugin { enabled } } }");

        var refused = await supervisor.PostAsync(Entries);
        var seenByOther = Nodes(await other.PostAsync(Entries));

        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (refused.Status, refused.FirstErrorCode));
        Assert.DoesNotContain(seenByOther, n => n.GetProperty("action").GetString() == "PLUGIN_DISABLED");
    }

    [Fact]
    public async Task A_page_size_over_the_limit_or_a_forged_cursor_is_refused_naming_the_argument()
    {
        var admin = await host.NewOrganizationAsync();

        var tooMany = await admin.PostAsync(Entries, new { first = 101 });
        var forged = await admin.PostAsync(Entries, new { after = "not-a-cursor" });

        Assert.Equal("VALIDATION_FAILED", tooMany.FirstErrorCode);
        Assert.Contains("'first'", tooMany.FirstError.GetProperty("message").GetString());
        Assert.Equal("VALIDATION_FAILED", forged.FirstErrorCode);
        Assert.Contains("'after'", forged.FirstError.GetProperty("message").GetString());
    }

    private static List<JsonElement> Nodes(GraphQLResponse response) =>
        [.. response.Path("auditLog", "edges").EnumerateArray().Select(e => e.GetProperty("node"))];
}
