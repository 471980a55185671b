using System.Text.Json;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// Real plugin folders that throw, hang (blocking their thread and ignoring cancellation) or allocate without bound,
/// loaded by the host as its own process: each ticket still opens with the good plugin's tag, the failure is visible over
/// GraphQL, the plugin is taken out of service after two failures and the host goes on serving.
/// </summary>
public sealed class MisbehavingPluginTests
{
    private const string Health = "{ organization { plugins { plugin { id status } consecutiveFailures lastError outOfServiceUntil } } }";

    [Theory]
    [InlineData("HelpDesk.TestPlugins.Throwing", "test.throwing", "00:00:01", "The tagging rules could not be read.")]
    [InlineData("HelpDesk.TestPlugins.Hanging", "test.hanging", "00:00:01", "The plugin did not answer within 1000 ms.")]
    // Time enough to meet the heap limit rather than the time limit, so the out-of-memory path is what is tested.
    [InlineData("HelpDesk.TestPlugins.Allocating", "test.allocating", "00:00:20", "The plugin ran out of memory")]
    public async Task A_misbehaving_plugin_is_cut_off_and_taken_out_of_service_while_tickets_still_open(string folder, string pluginId, string timeLimit, string error)
    {
        using var directory = new TemporaryDirectory();
        directory.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "HelpDesk.TestPlugins.Good"), Path.Combine("plugins", "good"));
        directory.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, folder), Path.Combine("plugins", "bad"));
        await using var host = await HostProcess.StartAsync(
            directory.Combine("helpdesk.db"),
            directory.Combine("plugins"),
            ["--HelpDesk:PluginCallTimeout", timeLimit, "--HelpDesk:PluginFailureThreshold", "2"],
            // A 768 MB heap limit, as a container's memory limit would set: the allocating plugin meets it long before the machine's memory.
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x30000000" });
        var client = host.GraphQL();

        var first = await client.OpenTicketAsync("VPN drops every hour");
        var afterOne = await HealthOfAsync(client, pluginId);
        var second = await client.OpenTicketAsync("Printer jams");
        var afterTwo = await HealthOfAsync(client, pluginId);
        var third = await client.OpenTicketAsync("Laptop will not boot");

        Assert.All(new[] { first, second, third }, ticket => Assert.Contains("test:good", TagNames(ticket)));
        Assert.Equal("ACTIVE", afterOne.GetProperty("plugin").GetProperty("status").GetString());
        Assert.Equal(1, afterOne.GetProperty("consecutiveFailures").GetInt32());
        Assert.StartsWith(error, afterOne.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, afterOne.GetProperty("outOfServiceUntil").ValueKind);
        Assert.Equal(2, afterTwo.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(JsonValueKind.String, afterTwo.GetProperty("outOfServiceUntil").ValueKind);
        Assert.Equal(2, (await HealthOfAsync(client, pluginId)).GetProperty("consecutiveFailures").GetInt32());
        Assert.False(host.HasExited);
    }

    private static async Task<JsonElement> HealthOfAsync(GraphQLClient client, string pluginId)
    {
        var response = await client.PostAsync(Health);
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Path("organization", "plugins").EnumerateArray().Single(p => p.GetProperty("plugin").GetProperty("id").GetString() == pluginId);
    }

    private static IEnumerable<string?> TagNames(JsonElement ticket) => ticket.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString());
}
