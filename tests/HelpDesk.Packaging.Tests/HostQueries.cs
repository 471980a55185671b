using System.Text.Json;

namespace HelpDesk.Packaging.Tests;

/// <summary>The GraphQL operations the tests send to a host, as a front end would send them.</summary>
internal static class HostQueries
{
    public static async Task<Dictionary<string, JsonElement>> PluginsAsync(this PluginHost host)
    {
        var data = await host.QueryAsync("{ plugins { id name sdkVersion kinds status reason } }");
        return data.GetProperty("plugins").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
    }

    /// <summary>Opens a ticket and returns its tags as label to proposing plugin.</summary>
    public static async Task<Dictionary<string, string?>> OpenTicketAsync(this PluginHost host, string subject, string? contactId = null)
    {
        var data = await host.QueryAsync(
            """
            mutation Open($input: OpenTicketInput!) {
              openTicket(input: $input) { ticket { tags { name pluginId } } userErrors { field message } }
            }
            """,
            new { input = new { subject, contactId } });
        var payload = data.GetProperty("openTicket");
        Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());
        return payload.GetProperty("ticket").GetProperty("tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("pluginId").GetString());
    }

    public static async Task<string> CreateContactAsync(this PluginHost host, string name, string email)
    {
        var data = await host.QueryAsync(
            """
            mutation Create($input: CreateContactInput!) {
              createContact(input: $input) { contact { id } userErrors { field message } }
            }
            """,
            new { input = new { name, email } });
        var payload = data.GetProperty("createContact");
        Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());
        return payload.GetProperty("contact").GetProperty("id").GetString()!;
    }
}
