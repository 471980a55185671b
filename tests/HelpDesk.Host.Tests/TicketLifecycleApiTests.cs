using System.Text.Json;

namespace HelpDesk.Host.Tests;

public sealed class TicketLifecycleApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Reply = """
        mutation($input: ReplyToTicketInput!) { replyToTicket(input: $input) {
          ticket { status version firstRepliedAt notes { kind text authorId } } userErrors { field code message } } }
        """;

    [Fact]
    public async Task A_ticket_goes_through_reply_note_transfer_resolve_and_reopen_with_its_history_readable()
    {
        var client = await host.NewOrganizationAsync();
        var id = (await client.OpenTicketAsync("VPN drops every hour")).GetProperty("id").GetString();

        var replied = (await client.PostAsync(Reply, new { input = new { ticketId = id, expectedVersion = 1, text = "We are looking into it." } })).Path("replyToTicket", "ticket");
        await Mutate(client, "addNote", "AddNoteInput", new { ticketId = id, text = "Tried a new VPN profile; no change." });
        await Mutate(client, "transferTicket", "TransferTicketInput", new { ticketId = id, to = "network team", warm = true });
        await Mutate(client, "tagTicket", "TagTicketInput", new { ticketId = id, add = new[] { "Product:VPN" }, remove = new[] { "status:new" } });
        var resolved = await Mutate(client, "resolveTicket", "ResolveTicketInput", new { ticketId = id, firstContact = false });
        var reopened = await Mutate(client, "reopenTicket", "ReopenTicketInput", new { ticketId = id, reason = "Dropped again" });

        Assert.Equal(("OPEN", 2), (replied.GetProperty("status").GetString(), replied.GetProperty("version").GetInt32()));
        Assert.Equal(JsonValueKind.String, replied.GetProperty("firstRepliedAt").ValueKind);
        Assert.Equal("RESOLVED", resolved.GetProperty("status").GetString());
        Assert.Equal("OPEN", reopened.GetProperty("status").GetString());
        var ticket = (await client.PostAsync(
            "query($id: ID!) { ticket(id: $id) { transferCount tags { name source } notes { kind text } } }", new { id })).Path("ticket");
        Assert.Equal(1, ticket.GetProperty("transferCount").GetInt32());
        Assert.Equal(["REPLY", "INTERNAL"], ticket.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()));
        Assert.Contains(ticket.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "product:vpn" && t.GetProperty("source").GetString() == "AGENT");
        Assert.DoesNotContain(ticket.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "status:new");
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_gets_a_conflict_user_error()
    {
        var client = await host.NewOrganizationAsync();
        var id = (await client.OpenTicketAsync("Printer jams")).GetProperty("id").GetString();
        await client.PostAsync(Reply, new { input = new { ticketId = id, expectedVersion = 1, text = "First" } });

        var stale = await client.PostAsync(Reply, new { input = new { ticketId = id, expectedVersion = 1, text = "Second" } });

        var error = Assert.Single(stale.Path("replyToTicket", "userErrors").EnumerateArray());
        Assert.Equal("CONFLICT", error.GetProperty("code").GetString());
        Assert.Equal(["input", "expectedVersion"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Contacts_and_assets_are_registered_validated_and_show_their_ticket_history()
    {
        var client = await host.NewOrganizationAsync();
        var bad = await client.PostAsync(
            "mutation { createContact(input: { name: \"Ann de Vries\", phone: \"0201234567\", timeZone: \"Mars/Base\" }) { contact { id } userErrors { field code } } }");
        var contact = (await client.PostAsync(
            "mutation { createContact(input: { name: \"Ann de Vries\", phone: \"+31201234567\", timeZone: \"Europe/Amsterdam\", language: \"nl\" }) { contact { id version } userErrors { field } } }"))
            .Path("createContact", "contact");
        var contactId = contact.GetProperty("id").GetString();
        var asset = (await client.PostAsync(
            "mutation($owner: ID) { createAsset(input: { serialNumber: \"SN-42\", model: \"LaserJet\", ownerId: $owner }) { asset { id } userErrors { field } } }", new { owner = contactId }))
            .Path("createAsset", "asset");
        var duplicate = await client.PostAsync("mutation { createAsset(input: { serialNumber: \"SN-42\" }) { asset { id } userErrors { field message } } }");
        var opened = await client.PostAsync(
            "mutation($c: ID, $a: ID) { openTicket(input: { subject: \"Paper jam\", contactId: $c, assetId: $a }) { ticket { id contact { name } asset { serialNumber owner { name } } } } }",
            new { c = contactId, a = asset.GetProperty("id").GetString() });
        var history = await client.PostAsync("query($id: ID!) { contact(id: $id) { tickets { totalCount nodes { subject } } } }", new { id = contactId });

        Assert.Equal(["phone", "timeZone"], bad.Path("createContact", "userErrors").EnumerateArray().Select(e => e.GetProperty("field")[1].GetString()).Order());
        Assert.Equal("serialNumber", Assert.Single(duplicate.Path("createAsset", "userErrors").EnumerateArray()).GetProperty("field")[1].GetString());
        Assert.Equal("Ann de Vries", opened.Path("openTicket", "ticket", "contact", "name").GetString());
        Assert.Equal("Ann de Vries", opened.Path("openTicket", "ticket", "asset", "owner", "name").GetString());
        Assert.Equal(1, history.Path("contact", "tickets", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Opening_a_ticket_for_a_contact_of_another_organisation_is_refused_as_not_found()
    {
        var owner = await host.NewOrganizationAsync();
        var stranger = await host.NewOrganizationAsync();
        var contactId = (await owner.PostAsync("mutation { createContact(input: { name: \"Bo\" }) { contact { id } } }")).Path("createContact", "contact", "id").GetString();

        var response = await stranger.PostAsync("mutation($c: ID) { openTicket(input: { subject: \"x\", contactId: $c }) { ticket { id } userErrors { field code } } }", new { c = contactId });

        Assert.Equal("NOT_FOUND", Assert.Single(response.Path("openTicket", "userErrors").EnumerateArray()).GetProperty("code").GetString());
    }

    private static async Task<JsonElement> Mutate(GraphQLClient client, string mutation, string inputType, object input)
    {
        var response = await client.PostAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ ticket {{ status version }} userErrors {{ field code message }} }} }}", new { input });
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(0, response.Path(mutation, "userErrors").GetArrayLength());
        return response.Path(mutation, "ticket");
    }
}
