using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Writes of one collection of versioned documents: an insert, or a replace guarded by the version read, each in one
/// transaction with its events.
/// </summary>
/// <param name="database">The database.</param>
/// <param name="collection">The collection.</param>
/// <param name="entity">What a document is, for error messages (for example <c>message</c>).</param>
internal sealed class VersionedDocuments(MongoStoreDatabase database, IMongoCollection<BsonDocument> collection, string entity)
{
    public Task InsertAsync(string organizationId, BsonDocument document, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        EventAppender.EnsureOrganization(organizationId, events);
        return database.InTransactionAsync(
            async (session, token) =>
            {
                try
                {
                    await collection.InsertOneAsync(session, document, cancellationToken: token);
                }
                catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
                {
                    throw new DuplicateKeyException(entity, "id");
                }

                await EventAppender.AppendAsync(database, session, organizationId, events, token);
                return true;
            },
            cancellationToken);
    }

    /// <exception cref="ConcurrencyConflictException">The document changed or is gone.</exception>
    public Task ReplaceAsync(string organizationId, string id, int expectedVersion, BsonDocument document, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        EventAppender.EnsureOrganization(organizationId, events);
        return database.InTransactionAsync(
            async (session, token) =>
            {
                var result = await collection.ReplaceOneAsync(session, KeyFilters.AtVersion(organizationId, id, expectedVersion), document, cancellationToken: token);
                if (result.MatchedCount == 0)
                {
                    throw new ConcurrencyConflictException(entity, id, expectedVersion);
                }

                await EventAppender.AppendAsync(database, session, organizationId, events, token);
                return true;
            },
            cancellationToken);
    }

    public async Task<T?> FindAsync<T>(string organizationId, string id, CancellationToken cancellationToken)
        where T : class
    {
        var document = await collection.Find(KeyFilters.ById(organizationId, id)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : StoreBsonMapping.FromDocument<T>(document);
    }

    public async Task<IReadOnlyList<T>> ListAsync<T>(FilterDefinition<BsonDocument> filter, SortDefinition<BsonDocument> order, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        var documents = await collection.Find(filter).Sort(order).Limit(limit).ToListAsync(cancellationToken);
        return [.. documents.Select(StoreBsonMapping.FromDocument<T>)];
    }
}
