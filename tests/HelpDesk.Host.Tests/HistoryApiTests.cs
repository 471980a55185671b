namespace HelpDesk.Host.Tests;

/// <summary>A caller's and a unit's history in one query, and a unit repaired too often flagged as a lemon.</summary>
public sealed class HistoryApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Open = """
        mutation($c: ID, $a: ID, $s: String!) { openTicket(input: { subject: $s, contactId: $c, assetId: $a }) { ticket { id tags { name source } } } }
        """;

    [Fact]
    public async Task A_unit_repaired_three_times_is_a_lemon_with_an_rma_recommendation_and_its_next_ticket_is_labelled()
    {
        var admin = await host.NewOrganizationAsync();
        var assetId = (await admin.PostAsync("mutation { createAsset(input: { serialNumber: \"SN-LEMON\", model: \"LaserJet 4\" }) { asset { id } } }"))
            .Path("createAsset", "asset", "id").GetString();
        for (var repair = 1; repair <= 3; repair++)
        {
            var ticketId = (await admin.PostAsync(Open, new { a = assetId, s = $"Paper jam #{repair}" })).Path("openTicket", "ticket", "id").GetString();
            await admin.PostAsync("mutation($id: ID!) { resolveTicket(input: { ticketId: $id }) { userErrors { code } } }", new { id = ticketId });
        }

        var lemon = await admin.PostAsync("query($id: ID!) { asset(id: $id) { lemon { isLemon repairCount threshold window recommendation } } }", new { id = assetId });
        var next = await admin.PostAsync(Open, new { a = assetId, s = "Paper jam again" });

        Assert.False(lemon.HasErrors, lemon.Body.ToString());
        var status = lemon.Path("asset", "lemon");
        Assert.True(status.GetProperty("isLemon").GetBoolean());
        Assert.Equal((3, 3, "P90D"), (status.GetProperty("repairCount").GetInt32(), status.GetProperty("threshold").GetInt32(), status.GetProperty("window").GetString()));
        Assert.Equal(
            "Unit SN-LEMON (LaserJet 4) was repaired 3 times in the last 90 days (lemon from 3): stop repairing it and ask the vendor to replace it or take it back (RMA).",
            status.GetProperty("recommendation").GetString());
        var tag = Assert.Single(next.Path("openTicket", "ticket", "tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "lemon");
        Assert.Equal("RULE", tag.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_callers_earlier_tickets_come_with_their_notes_and_promises_in_one_query()
    {
        var admin = await host.NewOrganizationAsync();
        var contactId = (await admin.PostAsync("mutation { createContact(input: { name: \"Ann de Vries\" }) { contact { id } } }")).Path("createContact", "contact", "id").GetString();
        var first = (await admin.PostAsync(Open, new { c = contactId, s = "VPN drops" })).Path("openTicket", "ticket", "id").GetString();
        var second = (await admin.PostAsync(Open, new { c = contactId, s = "VPN drops again" })).Path("openTicket", "ticket", "id").GetString();
        await admin.PostAsync("mutation($id: ID!) { addNote(input: { ticketId: $id, text: \"Tried: reinstalled the VPN client; no change.\" }) { userErrors { code } } }", new { id = first });
        await admin.PostAsync("mutation($id: ID!) { addNote(input: { ticketId: $id, text: \"Found: the router drops UDP after 10 minutes.\" }) { userErrors { code } } }", new { id = first });
        await admin.PostAsync(
            "mutation($id: ID!, $due: DateTime!) { makePromise(input: { ticketId: $id, text: \"Call back after the router update\", dueAt: $due }) { userErrors { code } } }",
            new { id = second, due = DateTimeOffset.UtcNow.AddDays(1) });

        var history = await admin.PostAsync(
            "query($id: ID!) { contact(id: $id) { tickets(first: 10) { nodes { id subject notes { text } promises { text status } } } } }", new { id = contactId });

        Assert.False(history.HasErrors, history.Body.ToString());
        var tickets = history.Path("contact", "tickets", "nodes").EnumerateArray().ToList();
        Assert.Equal([second, first], tickets.Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(
            ["Tried: reinstalled the VPN client; no change.", "Found: the router drops UDP after 10 minutes."],
            tickets[1].GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()));
        var promise = Assert.Single(tickets[0].GetProperty("promises").EnumerateArray());
        Assert.Equal(("Call back after the router update", "OPEN"), (promise.GetProperty("text").GetString(), promise.GetProperty("status").GetString()));
    }
}
