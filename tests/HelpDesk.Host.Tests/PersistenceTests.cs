using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>The embedded store really writes a file: data survives restarts and a killed process.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Tickets_survive_a_graceful_restart_and_numbering_continues()
    {
        var database = directory.Combine("desk.db");
        string id;
        await using (var first = await HostProcess.StartAsync(database, RepositoryPaths.FirstPartyPlugins))
        {
            id = (await first.GraphQL().OpenTicketAsync("Survives restarts")).GetProperty("id").GetString()!;
            await first.StopGracefullyAsync();
        }

        await using var second = await HostProcess.StartAsync(database, RepositoryPaths.FirstPartyPlugins);
        var client = second.GraphQL();
        var ticket = await client.PostAsync("query($id: ID!) { ticket(id: $id) { subject tags { name } } }", new { id });
        var next = await client.OpenTicketAsync("After the restart");

        Assert.True(File.Exists(database));
        Assert.Equal("Survives restarts", ticket.Path("ticket", "subject").GetString());
        Assert.NotEqual(0, ticket.Path("ticket", "tags").GetArrayLength());
        Assert.Equal(2, next.GetProperty("number").GetInt64());
    }

    [Fact]
    public async Task Every_acknowledged_ticket_is_there_after_the_process_is_killed()
    {
        var database = directory.Combine("desk.db");
        var acknowledged = new List<string>();
        await using (var host = await HostProcess.StartAsync(database, RepositoryPaths.FirstPartyPlugins))
        {
            var client = host.GraphQL();
            for (var i = 0; i < 25; i++)
            {
                acknowledged.Add((await client.OpenTicketAsync($"Acknowledged {i}")).GetProperty("id").GetString()!);
            }

            host.Kill();
        }

        await using var restarted = await HostProcess.StartAsync(database, RepositoryPaths.FirstPartyPlugins);
        var page = await restarted.GraphQL().PostAsync("{ tickets(first: 100) { totalCount nodes { id } } }");

        Assert.Equal(acknowledged.Count, page.Path("tickets", "totalCount").GetInt64());
        Assert.Equal(acknowledged.Order(), page.Path("tickets", "nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order());
    }
}
