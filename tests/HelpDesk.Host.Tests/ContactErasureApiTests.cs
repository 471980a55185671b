using System.Text.Json;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

/// <summary>An admin erases a contact on request: the person is gone from the desk, the statistics are not.</summary>
public sealed class ContactErasureApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Erase = """
        mutation($id: ID!) { eraseContact(input: { contactId: $id }) {
          contact { id name email phone timeZone erasedAt } redactedTickets alreadyErased userErrors { field code message } } }
        """;

    private const string Metrics = """
        query($from: DateTime!, $to: DateTime!) { metrics(names: ["tickets-opened", "resolved-count"], from: $from, to: $to, bucket: DAY) {
          name total { value count } points { start value } } }
        """;

    [Fact]
    public async Task Erasing_removes_the_person_from_contact_and_tickets_keeps_the_metrics_and_is_audited_once()
    {
        var admin = await host.NewOrganizationAsync();
        var contactId = (await admin.PostAsync(
            "mutation { createContact(input: { name: \"Eva Jansen\", email: \"eva.jansen@example.org\", phone: \"+31205550142\", timeZone: \"Europe/Amsterdam\" }) { contact { id } } }"))
            .Path("createContact", "contact", "id").GetString()!;
        var ticketId = await OpenForAsync(admin, contactId, "Eva Jansen cannot print", "Call eva.jansen@example.org or +31 20 555 0142.");
        await admin.PostAsync("mutation($id: ID!) { resolveTicket(input: { ticketId: $id }) { userErrors { code } } }", new { id = ticketId });
        var window = new { from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow.AddDays(1) };
        var metricsBefore = (await admin.PostAsync(Metrics, window)).Path("metrics").GetRawText();

        var erased = (await admin.PostAsync(Erase, new { id = contactId })).Path("eraseContact");
        var again = (await admin.PostAsync(Erase, new { id = contactId })).Path("eraseContact");

        var contact = erased.GetProperty("contact");
        Assert.Equal(("Erased contact", 1, false), (contact.GetProperty("name").GetString(), erased.GetProperty("redactedTickets").GetInt32(), erased.GetProperty("alreadyErased").GetBoolean()));
        Assert.All(["email", "phone", "timeZone"], field => Assert.Equal(JsonValueKind.Null, contact.GetProperty(field).ValueKind));
        Assert.Equal(JsonValueKind.String, contact.GetProperty("erasedAt").ValueKind);
        Assert.True(again.GetProperty("alreadyErased").GetBoolean());

        var ticket = (await admin.PostAsync("query($id: ID!) { ticket(id: $id) { subject description status contact { name } } }", new { id = ticketId })).Path("ticket");
        Assert.Equal(("[erased] cannot print", "Call [erased] or [erased].", "RESOLVED", "Erased contact"), (
            ticket.GetProperty("subject").GetString(), ticket.GetProperty("description").GetString(), ticket.GetProperty("status").GetString(),
            ticket.GetProperty("contact").GetProperty("name").GetString()));
        Assert.Empty((await admin.PostAsync("{ contacts(text: \"jansen\") { nodes { id } } }")).Path("contacts", "nodes").EnumerateArray());
        Assert.Equal(metricsBefore, (await admin.PostAsync(Metrics, window)).Path("metrics").GetRawText());

        var audit = (await admin.PostAsync("{ auditLog(action: CONTACT_ERASED) { nodes { targetKind targetId summary } } }")).Path("auditLog", "nodes");
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("Contact", entry.GetProperty("targetKind").GetString());
        Assert.DoesNotContain("Jansen", entry.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_erased_contact_takes_no_new_details_and_only_admins_may_erase()
    {
        var admin = await host.NewOrganizationAsync();
        var supervisor = await host.NewOrganizationAsync(role: ApiKeyRole.Supervisor);
        var contactId = (await admin.PostAsync("mutation { createContact(input: { name: \"Piet Bakker\" }) { contact { id } } }")).Path("createContact", "contact", "id").GetString()!;

        var refused = await supervisor.PostAsync(Erase, new { id = contactId });
        await admin.PostAsync(Erase, new { id = contactId });
        var update = (await admin.PostAsync(
            "mutation($id: ID!) { updateContact(input: { id: $id, name: \"Piet Bakker\" }) { contact { name } userErrors { field code } } }", new { id = contactId }))
            .Path("updateContact");
        var unknown = (await admin.PostAsync(Erase, new { id = "not-an-id" })).Path("eraseContact", "userErrors")[0];

        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
        Assert.Equal("INVALID", update.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Equal(("NOT_FOUND", "contactId"), (unknown.GetProperty("code").GetString(), unknown.GetProperty("field").EnumerateArray().Last().GetString()));
    }

    private static async Task<string> OpenForAsync(GraphQLClient client, string contactId, string subject, string description) =>
        (await client.PostAsync(
            "mutation($input: OpenTicketInput!) { openTicket(input: $input) { ticket { id } } }",
            new { input = new { subject, description, contactId } })).Path("openTicket", "ticket", "id").GetString()!;
}
