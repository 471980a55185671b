using System.Collections.Concurrent;
using System.Net;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// The GraphQL execution time limit holds while the host is busy: mutations held up by a plugin that blocks are stopped
/// with TIMEOUT and store nothing, while the quick requests sent alongside are served.
/// </summary>
public sealed class ExecutionTimeoutUnderLoadTests
{
    [Fact]
    public async Task Requests_past_the_time_limit_are_stopped_with_timeout_and_store_nothing_while_quick_ones_are_served()
    {
        using var directory = new TemporaryDirectory();
        directory.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "HelpDesk.TestPlugins.Hanging"), Path.Combine("plugins", "hanging"));
        await using var host = await HostProcess.StartAsync(
            directory.Combine("helpdesk.db"),
            directory.Combine("plugins"),
            ["--HelpDesk:GraphQL:Timeout", "00:00:01", "--HelpDesk:PluginCallTimeout", "00:00:30", "--HelpDesk:RateLimit:PermitsPerWindow", "0"]);
        var client = host.GraphQL();

        // The first requests of a fresh process compile the pipeline and may pass the one-second limit while other test
        // hosts keep both cores busy; configuring is idempotent, so it is simply sent again.
        GraphQLResponse configured;
        var attempt = 0;
        do
        {
            configured = await client.PostAsync(
                "mutation($settings: JSON!) { configurePlugin(input: { pluginId: \"test.hanging\", settings: $settings }) { userErrors { message } } }",
                new { settings = new { hangSeconds = 2 } });
        }
        while (configured.HasErrors && configured.FirstErrorCode == "TIMEOUT" && ++attempt < 5);

        Assert.False(configured.HasErrors, configured.Body.ToString());
        Assert.Equal(0, configured.Path("configurePlugin", "userErrors").GetArrayLength());
        var outcomes = new ConcurrentBag<(string Kind, HttpStatusCode Status, string? Code)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 120), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, async (i, _) =>
        {
            var (kind, query) = i % 4 == 0
                ? ("slow", "mutation { openTicket(input: { subject: \"Held up by the plugin\" }) { ticket { id } } }")
                : ("quick", "{ organization { name } tickets(first: 5) { totalCount } }");
            var response = await client.PostAsync(query);
            outcomes.Add((kind, response.Status, response.HasErrors ? response.FirstErrorCode : null));
        });

        Assert.Equal(120, outcomes.Count);
        Assert.All(outcomes.Where(o => o.Kind == "quick"), o => Assert.Equal((HttpStatusCode.OK, (string?)null), (o.Status, o.Code)));
        Assert.All(outcomes.Where(o => o.Kind == "slow"), o => Assert.Equal("TIMEOUT", o.Code));
        var stored = await client.PostAsync("{ tickets(first: 1) { totalCount } }");
        Assert.Equal(0, stored.Path("tickets", "totalCount").GetInt32());
        Assert.False(host.HasExited);
    }
}
