using HelpDesk.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>
/// The storage contract against MongoDB, each test in a database of its own that is dropped afterwards. Skipped, with
/// the reason, when there is no server (see <see cref="MongoTestServer"/>).
/// </summary>
public sealed class MongoStoreContractTests(MongoTestServer server) : StoreContractTests
{
    private readonly string database = $"helpdesk_test_{Guid.NewGuid():N}";
    private string? connectionString;
    private MongoStoreHost? host;

    protected override async Task<StorePorts> CreateStoreAsync()
    {
        connectionString = await server.ConnectionStringOrSkipAsync();
        host = MongoStoreHost.Open(connectionString, database);
        return host.Ports;
    }

    protected override async Task<StorePorts> ReopenStoreAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        host = MongoStoreHost.Open(connectionString!, database);
        return host.Ports;
    }

    protected override async ValueTask DisposeStoreAsync()
    {
        if (host is null)
        {
            return;
        }

        await host.Services.GetRequiredService<IMongoClient>().DropDatabaseAsync(database, CancellationToken.None);
        await host.DisposeAsync();
    }
}
