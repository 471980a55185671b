using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Versioned documents of one organisation-scoped kind (contacts, assets): found by id or a filter, listed by id a page
/// at a time, inserted once and replaced by compare-and-swap on their version.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed class DirectoryCollection<T>(IMongoCollection<BsonDocument> collection, DirectoryMapping<T> mapping)
    where T : class
{
    public Task<T?> FindAsync(string organizationId, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(id);
        return FindOneAsync(KeyFilters.ById(organizationId, id), cancellationToken);
    }

    public async Task<T?> FindOneAsync(FilterDefinition<BsonDocument> filter, CancellationToken cancellationToken)
    {
        var document = await collection.Find(filter).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : StoreBsonMapping.FromDocument<T>(document);
    }

    public async Task<IReadOnlyList<T>> FindManyAsync(string organizationId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        var documents = await collection.Find(KeyFilters.ByIds(organizationId, distinct)).ToListAsync(cancellationToken);
        return [.. documents.Select(StoreBsonMapping.FromDocument<T>)];
    }

    /// <summary>Reads a page of the entries matching a list filter, in id order.</summary>
    public async Task<Page<T>> ListAsync(FilterDefinition<BsonDocument> filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        // One document more than asked tells whether another page follows (and keeps the limit above 0, which MongoDB reads as none).
        var documents = await collection.Find(filter).Sort(DirectoryFilters.ById).Limit(limit + 1).ToListAsync(cancellationToken);
        return new Page<T>([.. documents.Take(limit).Select(StoreBsonMapping.FromDocument<T>)], documents.Count > limit);
    }

    public async Task InsertAsync(T entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (mapping.VersionOf(entry) != 1)
        {
            throw new ArgumentException($"A new {mapping.Entity} has version 1; '{mapping.IdOf(entry)}' has version {mapping.VersionOf(entry)}.", nameof(entry));
        }

        try
        {
            await collection.InsertOneAsync(mapping.ToDocument(entry), cancellationToken: cancellationToken);
        }
        catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out var index))
        {
            throw new DuplicateKeyException(mapping.Entity, DuplicateKeys.KeyOf(index));
        }
    }

    public async Task UpdateAsync(T entry, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (mapping.VersionOf(entry) != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"The new state of {mapping.Entity} '{mapping.IdOf(entry)}' must have version {expectedVersion + 1}; it has {mapping.VersionOf(entry)}.",
                nameof(entry));
        }

        // Compare-and-swap: the document is replaced only if it still has the version the caller read. Everything stored
        // is derived from the entry, so a replace keeps nothing stale.
        ReplaceOneResult result;
        try
        {
            result = await collection.ReplaceOneAsync(
                KeyFilters.AtVersion(mapping.OrganizationIdOf(entry), mapping.IdOf(entry), expectedVersion),
                mapping.ToDocument(entry),
                cancellationToken: cancellationToken);
        }
        catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out var index))
        {
            throw new DuplicateKeyException(mapping.Entity, DuplicateKeys.KeyOf(index));
        }

        if (result.MatchedCount == 0)
        {
            throw new ConcurrencyConflictException(mapping.Entity, mapping.IdOf(entry), expectedVersion);
        }
    }
}
