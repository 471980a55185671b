using System.Text.Json;

namespace HelpDesk.Host.Tests;

/// <summary>Ticket lists ordered by priority and by update time over the real host, paged both ways with cursors of their order.</summary>
public sealed class TicketOrderingApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String, $field: TicketOrderField!, $direction: OrderDirection!) {
          tickets(first: $first, after: $after, last: $last, before: $before, orderBy: { field: $field, direction: $direction }) {
            totalCount nodes { number priority } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Most_urgent_first_pages_forwards_and_backwards_with_ties_by_number()
    {
        var client = await host.NewOrganizationAsync();
        foreach (var priority in new[] { "LOW", "URGENT", "NORMAL", "HIGH", "URGENT", "LOW" })
        {
            await client.OpenTicketAsync($"A {priority.ToLowerInvariant()} one", priority: priority);
        }

        var first = await PageAsync(client, "PRIORITY", "DESC", first: 2);
        var second = await PageAsync(client, "PRIORITY", "DESC", first: 2, after: EndCursor(first));
        var third = await PageAsync(client, "PRIORITY", "DESC", first: 2, after: EndCursor(second));
        var back = await PageAsync(client, "PRIORITY", "DESC", last: 2, before: StartCursor(third));
        var leastUrgentFirst = await PageAsync(client, "PRIORITY", "ASC", first: 6);

        Assert.Equal([5L, 2L, 4L, 3L, 6L, 1L], Numbers(first).Concat(Numbers(second)).Concat(Numbers(third)));
        Assert.Equal(["URGENT", "URGENT"], first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("priority").GetString()));
        Assert.Equal(6, first.GetProperty("totalCount").GetInt32());
        Assert.False(PageInfo(third, "hasNextPage"));
        Assert.Equal([4L, 3L], Numbers(back));
        Assert.True(PageInfo(back, "hasPreviousPage"));
        Assert.True(PageInfo(back, "hasNextPage"));
        Assert.Equal([1L, 6L, 3L, 4L, 2L, 5L], Numbers(leastUrgentFirst));
    }

    [Fact]
    public async Task Recently_changed_first_puts_an_updated_ticket_on_top_and_pages_on_from_a_cursor()
    {
        var client = await host.NewOrganizationAsync();
        var one = await client.OpenTicketAsync("Printer jammed");
        await client.OpenTicketAsync("VPN drops");
        await client.OpenTicketAsync("Mail bounces");
        var updated = await client.PostAsync(
            "mutation($id: ID!) { updateTicket(input: { ticketId: $id, subject: \"Printer jammed again\" }) { userErrors { field } } }",
            new { id = one.GetProperty("id").GetString() });
        Assert.Equal(0, updated.Path("updateTicket", "userErrors").GetArrayLength());

        var first = await PageAsync(client, "UPDATED_AT", "DESC", first: 2);
        var rest = await PageAsync(client, "UPDATED_AT", "DESC", first: 2, after: EndCursor(first));
        var oldestFirst = await PageAsync(client, "UPDATED_AT", "ASC", last: 2);

        Assert.Equal([1L, 3L], Numbers(first));
        Assert.Equal([2L], Numbers(rest));
        Assert.True(PageInfo(rest, "hasPreviousPage"));
        Assert.Equal(3, rest.GetProperty("totalCount").GetInt32());
        Assert.Equal([3L, 1L], Numbers(oldestFirst));
        Assert.True(PageInfo(oldestFirst, "hasPreviousPage"));
    }

    [Theory]
    [InlineData("PRIORITY", "UPDATED_AT", "after")]
    [InlineData("UPDATED_AT", "NUMBER", "before")]
    [InlineData("NUMBER", "PRIORITY", "after")]
    public async Task A_cursor_of_another_order_is_refused_naming_the_argument(string cursorOrder, string listOrder, string argument)
    {
        var client = await host.NewOrganizationAsync();
        await client.OpenTicketAsync("One");
        await client.OpenTicketAsync("Two");
        var cursor = EndCursor(await PageAsync(client, cursorOrder, "DESC", first: 1));

        var response = await client.PostAsync(Page, new Dictionary<string, object?>
        {
            ["field"] = listOrder,
            ["direction"] = "DESC",
            [argument] = cursor,
            [argument == "after" ? "first" : "last"] = 1,
        });

        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
        var message = response.FirstError.GetProperty("message").GetString();
        Assert.Contains($"cursor in '{argument}'", message);
        Assert.Contains(cursorOrder, message);
    }

    [Fact]
    public async Task Number_cursors_keep_working_and_serve_the_creation_order_too()
    {
        var client = await host.NewOrganizationAsync();
        for (var i = 1; i <= 3; i++)
        {
            await client.OpenTicketAsync($"Ticket {i}");
        }

        var byNumber = (await client.PostAsync("{ tickets(first: 1) { pageInfo { endCursor } } }")).Path("tickets");
        var byCreation = await PageAsync(client, "CREATED_AT", "DESC", first: 5, after: EndCursor(byNumber));

        Assert.Equal([2L, 1L], Numbers(byCreation));
    }

    private static async Task<JsonElement> PageAsync(
        GraphQLClient client, string field, string direction, int? first = null, string? after = null, int? last = null, string? before = null)
    {
        var response = await client.PostAsync(Page, new { field, direction, first, after, last, before });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Path("tickets");
    }

    private static IEnumerable<long> Numbers(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("number").GetInt64()).ToList();

    private static string? EndCursor(JsonElement connection) => connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();

    private static string? StartCursor(JsonElement connection) => connection.GetProperty("pageInfo").GetProperty("startCursor").GetString();

    private static bool PageInfo(JsonElement connection, string name) => connection.GetProperty("pageInfo").GetProperty(name).GetBoolean();
}
