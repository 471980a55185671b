using HelpDesk.Engine.Storage;
using HelpDesk.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Two host instances on one replica set: events written through one reach the feed of the other. Skipped without a server.</summary>
public sealed class CrossInstanceFeedTests(MongoTestServer server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_written_by_one_instance_reach_a_subscriber_of_another_and_only_for_its_organisation()
    {
        var connectionString = await server.ConnectionStringOrSkipAsync();
        var database = $"helpdesk_test_{Guid.NewGuid():N}";
        await using var writer = MongoStoreHost.Open(connectionString, database);
        await using var reader = MongoStoreHost.Open(connectionString, database);
        await writer.Ports.Initializer.InitializeAsync(Ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        stop.CancelAfter(TimeSpan.FromSeconds(30));
        var received = new List<StoredEvent>();
        var subscription = Task.Run(
            async () =>
            {
                await foreach (var stored in reader.Services.GetRequiredService<IEventFeed>().SubscribeAsync("org-a", stop.Token))
                {
                    received.Add(stored);
                    return;
                }
            },
            Ct);
        await Task.Delay(500, Ct);

        var theirs = Samples.Ticket("org-b", 1);
        var mine = Samples.Ticket("org-a", 1);
        await writer.Ports.Tickets.InsertAsync(theirs, null, [Samples.Opened(theirs)], Ct);
        await writer.Ports.Tickets.InsertAsync(mine, null, [Samples.Opened(mine)], Ct);
        await subscription;

        var only = Assert.Single(received);
        Assert.Equal("org-a", only.Event.OrganizationId);
        Assert.Equal(mine.Id, only.Event.TicketId);
        await writer.Services.GetRequiredService<IMongoClient>().DropDatabaseAsync(database, CancellationToken.None);
    }
}
