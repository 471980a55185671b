namespace HelpDesk.Host.Tests;

/// <summary>A caller an agent marked as difficult gets the caller-type label on their tickets, from the tagging plugin.</summary>
public sealed class CallerTypeTaggingTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    [Fact]
    public async Task A_ticket_of_a_caller_marked_as_a_screamer_is_labelled_with_the_agent_as_source()
    {
        var client = await host.NewOrganizationAsync();
        var contactId = (await client.PostAsync(
            "mutation { createContact(input: { name: \"Rob Loud\", callerType: SCREAMER }) { contact { id } userErrors { field } } }"))
            .Path("createContact", "contact", "id").GetString();

        var opened = await client.PostAsync(
            "mutation($input: OpenTicketInput!) { openTicket(input: $input) { ticket { contact { name callerType } tags { name source pluginId } } userErrors { field } } }",
            new { input = new { subject = "Nobody answers the phone", contactId } });

        Assert.False(opened.HasErrors, opened.Body.ToString());
        var tags = opened.Path("openTicket", "ticket", "tags").EnumerateArray().ToList();
        var caller = Assert.Single(tags, t => t.GetProperty("name").GetString() == "caller:screamer");
        Assert.Equal("AGENT", caller.GetProperty("source").GetString());
        Assert.Equal("helpdesk.tagging", caller.GetProperty("pluginId").GetString());
    }
}
