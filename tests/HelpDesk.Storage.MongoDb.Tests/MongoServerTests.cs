using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>
/// What only the MongoDB store promises, checked on a real replica set: the indexes and documents on the server, and
/// transactions under contention. Skipped, with the reason, when there is no server.
/// </summary>
public sealed class MongoServerTests(MongoTestServer server) : IAsyncLifetime
{
    private readonly string database = $"helpdesk_test_{Guid.NewGuid():N}";
    private MongoStoreHost? host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private MongoStoreHost Host => host ?? throw new InvalidOperationException("The host is opened in InitializeAsync.");

    public async ValueTask InitializeAsync()
    {
        host = MongoStoreHost.Open(await server.ConnectionStringOrSkipAsync(), database);
        await Host.Ports.Initializer.InitializeAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.Services.GetRequiredService<IMongoClient>().DropDatabaseAsync(database, CancellationToken.None);
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_server_has_every_index_the_store_declares_and_each_starts_with_the_organisation()
    {
        await Host.Ports.Initializer.InitializeAsync(Ct);

        foreach (var (collection, declared) in StoreIndexes.ByCollection)
        {
            var onServer = await (await Db.GetCollection<BsonDocument>(collection).Indexes.ListAsync(Ct)).ToListAsync(Ct);
            var secondary = onServer.Where(i => i["name"] != StoreIndexes.PrimaryKey).ToList();

            Assert.Equal(declared.Select(i => i.Options.Name).Order(), secondary.Select(i => i["name"].AsString).Order());
            Assert.All(secondary, i => Assert.Equal("organizationId", i["key"].AsBsonDocument.GetElement(0).Name));
            Assert.All(
                declared.Where(i => i.Options.Unique == true),
                i => Assert.True(secondary.Single(s => s["name"] == i.Options.Name).GetValue("unique", false).ToBoolean()));
        }
    }

    [Fact]
    public async Task A_ticket_is_stored_on_the_server_in_the_pinned_form()
    {
        var ticket = Samples.FullTicket("org-a", 1) with { UpdatedAt = Samples.Now.AddTicks(4_321) };
        await Host.Ports.Tickets.InsertAsync(ticket, "key-1", [Samples.Opened(ticket)], Ct);

        var stored = await Db.GetCollection<BsonDocument>(CollectionNames.Tickets).Find(new BsonDocument()).SingleAsync(Ct);
        var logged = await Db.GetCollection<BsonDocument>(CollectionNames.Events).Find(new BsonDocument()).SingleAsync(Ct);

        Assert.Equal(TicketDocuments.ToDocument(ticket, "key-1"), stored);
        Assert.Equal(EventDocuments.ToDocument(Samples.Opened(ticket), 1), logged);
    }

    [Fact]
    public async Task Parallel_creates_across_organisations_lose_nothing_and_number_the_log_without_gaps()
    {
        var ports = Host.Ports;
        string[] organizations = ["org-a", "org-b", "org-c"];

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(
            async () =>
            {
                var organizationId = organizations[i % organizations.Length];
                var number = await ports.Tickets.NextNumberAsync(organizationId, Ct);
                var ticket = Samples.Ticket(organizationId, number);
                await ports.Tickets.InsertAsync(ticket, $"key-{i}", [Samples.Opened(ticket)], Ct);
            },
            Ct)));

        foreach (var organizationId in organizations)
        {
            var page = await ports.Tickets.ListAsync(organizationId, new TicketQuery { Descending = false, Limit = 100 }, Ct);
            var log = await ports.Events.ReadAsync(organizationId, 0, 100, Ct);
            Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), page.Items.Select(t => t.Number));
            Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), log.Select(e => e.Sequence));
        }
    }

    [Fact]
    public async Task Tickets_stored_without_search_keys_get_them_at_the_next_start_and_are_found_by_text()
    {
        var ports = Host.Ports;
        var older = Samples.Ticket("org-a", 1) with { Description = "Toner ÜBER 50% leer" };
        var other = Samples.Ticket("org-b", 1);
        await ports.Tickets.InsertAsync(older, null, [Samples.Opened(older)], Ct);
        await ports.Tickets.InsertAsync(other, null, [Samples.Opened(other)], Ct);
        var tickets = Db.GetCollection<BsonDocument>(CollectionNames.Tickets);
        await tickets.UpdateManyAsync(new BsonDocument(), new BsonDocument("$unset", new BsonDocument("searchKeys", "")), cancellationToken: Ct);
        Assert.Equal(0, await ports.Tickets.CountAsync("org-a", new TicketFilter { Text = "über" }, Ct));

        await ports.Initializer.InitializeAsync(Ct);

        Assert.Equal(1, await ports.Tickets.CountAsync("org-a", new TicketFilter { Text = "über 50%" }, Ct));
        Assert.Equal(1, await ports.Tickets.CountAsync("org-b", new TicketFilter { Text = "PRINTER" }, Ct));
        Assert.Equal(TicketDocuments.ToDocument(older, null), await tickets.Find(KeyFilters.ById("org-a", older.Id)).SingleAsync(Ct));
        Assert.Equal(0, await TicketSearchKeysBackfill.RunAsync(tickets, Ct));
    }

    [Fact]
    public async Task Tickets_stored_without_a_priority_key_get_it_at_the_next_start_and_are_listed_most_urgent_first()
    {
        var ports = Host.Ports;
        foreach (var (number, priority) in new[] { (1L, TicketPriority.Low), (2L, TicketPriority.Urgent), (3L, TicketPriority.High) })
        {
            var ticket = Samples.Ticket("org-a", number) with { Priority = priority };
            await ports.Tickets.InsertAsync(ticket, null, [Samples.Opened(ticket)], Ct);
        }

        var tickets = Db.GetCollection<BsonDocument>(CollectionNames.Tickets);
        await tickets.UpdateManyAsync(new BsonDocument(), new BsonDocument("$unset", new BsonDocument(TicketDocuments.PriorityKey, "")), cancellationToken: Ct);

        await ports.Initializer.InitializeAsync(Ct);

        var page = await ports.Tickets.ListAsync("org-a", new TicketQuery { OrderBy = TicketSort.Priority, Limit = 10 }, Ct);
        Assert.Equal([2L, 3L, 1L], page.Items.Select(t => t.Number));
        Assert.Equal((3L << 50) + 2, (await tickets.Find(KeyFilters.ById("org-a", "t-org-a-2")).SingleAsync(Ct))[TicketDocuments.PriorityKey]);
        Assert.Equal(0, await TicketSearchKeysBackfill.RunAsync(tickets, Ct));
    }

    private IMongoDatabase Db => Host.Services.GetRequiredService<MongoStoreDatabase>().Database;
}
