using System.Text.Json;

namespace HelpDesk.Host.Tests;

public sealed class TicketSliceTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string TicketQuery = """
        query One($id: ID!) {
          ticket(id: $id) { id number subject priority status
            tags { name source pluginId } escalation { action tier reason pluginId } }
        }
        """;

    [Fact]
    public async Task Opening_a_ticket_tags_it_records_the_escalation_decision_and_stores_it()
    {
        var client = await host.NewOrganizationAsync();

        var opened = await client.OpenTicketAsync("Cannot log in: password expired", "My password expired this morning and now my e-mail is locked.", "HIGH");

        Assert.Equal(1, opened.GetProperty("number").GetInt64());
        Assert.Equal("NEW", opened.GetProperty("status").GetString());
        var tags = opened.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("priority:high", tags);
        Assert.Contains("category:password", tags);
        Assert.All(opened.GetProperty("tags").EnumerateArray(), t => Assert.Equal("helpdesk.tagging", t.GetProperty("pluginId").GetString()));
        var escalation = opened.GetProperty("escalation");
        Assert.Equal("helpdesk.escalation", escalation.GetProperty("pluginId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(escalation.GetProperty("reason").GetString()));

        var read = await client.PostAsync(TicketQuery, new { id = opened.GetProperty("id").GetString() });
        var stored = read.Path("ticket");
        Assert.Equal("Cannot log in: password expired", stored.GetProperty("subject").GetString());
        Assert.Equal(tags, stored.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList());
        Assert.Equal(escalation.GetProperty("reason").GetString(), stored.GetProperty("escalation").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_ticket_of_another_organisation_resolves_exactly_like_a_missing_one()
    {
        var owner = await host.NewOrganizationAsync();
        var stranger = await host.NewOrganizationAsync();
        var ticket = await owner.OpenTicketAsync("Printer on fire");
        var id = ticket.GetProperty("id").GetString();

        var foreign = await stranger.PostAsync(TicketQuery, new { id });
        var missing = await stranger.PostAsync(TicketQuery, new { id = "VGlja2V0Om5vdC10aGVyZQ" });
        var node = await stranger.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(JsonValueKind.Null, foreign.Path("ticket").ValueKind);
        Assert.Equal(foreign.Body.ToString(), missing.Body.ToString());
        Assert.Equal(JsonValueKind.Null, node.Path("node").ValueKind);
        Assert.Equal(0, (await stranger.PostAsync("{ tickets { totalCount } }")).Path("tickets", "totalCount").GetInt64());
    }

    [Fact]
    public async Task Tickets_page_forwards_and_backwards_with_opaque_cursors_and_a_total()
    {
        var client = await host.NewOrganizationAsync();
        for (var i = 1; i <= 5; i++)
        {
            await client.OpenTicketAsync($"Ticket {i}");
        }

        const string Page = """
            query Page($first: Int, $after: String, $last: Int, $before: String) {
              tickets(first: $first, after: $after, last: $last, before: $before) {
                totalCount nodes { number } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;
        var first = (await client.PostAsync(Page, new { first = 2 })).Path("tickets");
        var second = (await client.PostAsync(Page, new { first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Path("tickets");
        var third = (await client.PostAsync(Page, new { first = 2, after = second.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Path("tickets");
        var back = (await client.PostAsync(Page, new { last = 2, before = third.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).Path("tickets");

        Assert.Equal(5, first.GetProperty("totalCount").GetInt64());
        Assert.Equal([5L, 4L], Numbers(first));
        Assert.Equal([3L, 2L], Numbers(second));
        Assert.Equal([1L], Numbers(third));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(third.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([3L, 2L], Numbers(back));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Tickets_can_be_filtered_by_priority_and_tag_and_ordered_oldest_first()
    {
        var client = await host.NewOrganizationAsync();
        await client.OpenTicketAsync("Low one", priority: "LOW");
        await client.OpenTicketAsync("Urgent one", priority: "URGENT");
        await client.OpenTicketAsync("Urgent two", priority: "URGENT");

        var urgent = await client.PostAsync("""{ tickets(filter: { priority: [URGENT] }, orderBy: { field: NUMBER, direction: ASC }) { totalCount nodes { subject } } }""");
        var tagged = await client.PostAsync("""{ tickets(filter: { tag: ["priority:low"] }) { nodes { subject } } }""");

        Assert.Equal(2, urgent.Path("tickets", "totalCount").GetInt64());
        Assert.Equal(["Urgent one", "Urgent two"], urgent.Path("tickets", "nodes").EnumerateArray().Select(n => n.GetProperty("subject").GetString()));
        Assert.Equal("Low one", Assert.Single(tagged.Path("tickets", "nodes").EnumerateArray()).GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Tickets_can_be_searched_by_text_in_any_case_and_by_update_time()
    {
        var client = await host.NewOrganizationAsync();
        await client.OpenTicketAsync("VPN drops every hour");
        var later = await client.OpenTicketAsync("Printer offline", "Says 50% toner, then nothing");
        var since = later.GetProperty("createdAt").GetDateTimeOffset().AddTicks(-1);

        var vpn = await client.PostAsync("""{ tickets(filter: { text: "vpn" }) { totalCount nodes { subject } } }""");
        var percent = await client.PostAsync("""{ tickets(filter: { text: "50% TONER" }) { nodes { subject } } }""");
        var recent = await client.PostAsync("query($t: DateTime) { tickets(filter: { updatedAfter: $t }) { nodes { subject } } }", new { t = since });

        Assert.Equal(1, vpn.Path("tickets", "totalCount").GetInt32());
        Assert.Equal("VPN drops every hour", vpn.Path("tickets", "nodes")[0].GetProperty("subject").GetString());
        Assert.Equal("Printer offline", Assert.Single(percent.Path("tickets", "nodes").EnumerateArray()).GetProperty("subject").GetString());
        Assert.Equal("Printer offline", Assert.Single(recent.Path("tickets", "nodes").EnumerateArray()).GetProperty("subject").GetString());
    }

    [Theory]
    [InlineData(101, "first")]
    [InlineData(-1, "first")]
    public async Task Page_sizes_outside_the_cap_are_refused_naming_the_argument(int first, string argument)
    {
        var response = await host.GraphQL().PostAsync("query($first: Int) { tickets(first: $first) { totalCount } }", new { first });

        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
        Assert.Contains($"'{argument}'", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_forged_cursor_is_refused_with_a_validation_error()
    {
        var response = await host.GraphQL().PostAsync("""{ tickets(first: 2, after: "bm90LWEtY3Vyc29y") { totalCount } }""");

        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
        Assert.Contains("cursor in 'after'", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Opening_without_a_subject_returns_a_user_error_naming_the_field_and_stores_nothing()
    {
        var client = await host.NewOrganizationAsync();

        var response = await client.PostAsync(
            "mutation { openTicket(input: { subject: \"  \" }) { ticket { id } userErrors { field message code } } }");

        var error = Assert.Single(response.Path("openTicket", "userErrors").EnumerateArray());
        Assert.Equal(["input", "subject"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("REQUIRED", error.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.Path("openTicket", "ticket").ValueKind);
        Assert.Equal(0, (await client.PostAsync("{ tickets { totalCount } }")).Path("tickets", "totalCount").GetInt64());
    }

    [Fact]
    public async Task A_retried_open_with_the_same_client_mutation_id_returns_the_first_ticket()
    {
        var client = await host.NewOrganizationAsync();

        var first = await client.OpenTicketAsync("Network down", key: "retry-42");
        var retry = await client.OpenTicketAsync("Network down", key: "retry-42");

        Assert.Equal(first.GetProperty("id").GetString(), retry.GetProperty("id").GetString());
        Assert.Equal(1, (await client.PostAsync("{ tickets { totalCount } }")).Path("tickets", "totalCount").GetInt64());
    }

    private static long[] Numbers(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("number").GetInt64())];
}
