using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Checks the server can run transactions, creates the store's indexes (and with them its collections) and gives older
/// tickets their search keys (<see cref="TicketSearchKeysBackfill"/>); creating an index that exists with the same keys
/// and options does nothing, so this is safe on every start and from several hosts at once.
/// </summary>
internal sealed class MongoStoreInitializer(MongoStoreDatabase database, IOptions<MongoStoreOptions> options) : IStoreInitializer
{
    private const int IndexOptionsConflict = 85;
    private const int IndexKeySpecsConflict = 86;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        BsonDocument hello;
        try
        {
            hello = await database.Database.RunCommandAsync<BsonDocument>(ReplicaSetRequirement.HelloCommand, cancellationToken: cancellationToken);
        }
        catch (TimeoutException exception)
        {
            throw Unreachable(exception);
        }

        ReplicaSetRequirement.Verify(hello);
        foreach (var (collection, indexes) in StoreIndexes.ByCollection)
        {
            try
            {
                await database.Database.GetCollection<BsonDocument>(collection).Indexes.CreateManyAsync(indexes, cancellationToken);
            }
            catch (MongoCommandException exception) when (exception.Code is IndexOptionsConflict or IndexKeySpecsConflict)
            {
                throw new InvalidOperationException(
                    $"An index of the collection '{collection}' in database '{options.Value.Database}' exists with other keys or options than " +
                    $"the store creates ({exception.ErrorMessage}). Drop that index and start again; the store recreates it.",
                    exception);
            }
        }

        await TicketSearchKeysBackfill.RunAsync(database.Tickets, cancellationToken);
    }

    private StoreUnavailableException Unreachable(TimeoutException cause)
    {
        // Only the host names: the connection string may hold a password.
        var servers = string.Join(", ", MongoUrl.Create(options.Value.ConnectionString).Servers);
        return new StoreUnavailableException(
            $"The MongoDB store cannot reach a server at {servers} within {options.Value.ServerSelectionTimeout.TotalSeconds:0.#} s. " +
            $"Check {MongoStoreOptions.Section}:ConnectionString and that the replica set is running.",
            cause);
    }
}
