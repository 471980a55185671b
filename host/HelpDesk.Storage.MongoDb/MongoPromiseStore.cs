using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Promises in MongoDB; each write is one transaction holding the promise and its events, an update a compare-and-swap on the version.</summary>
internal sealed class MongoPromiseStore(MongoStoreDatabase database) : IPromiseStore
{
    private VersionedDocuments Documents { get; } = new(database, database.Promises, "promise");

    public Task InsertAsync(Promise promise, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(events);
        return Documents.InsertAsync(promise.OrganizationId, PromiseDocuments.ToDocument(promise), events, cancellationToken);
    }

    public Task UpdateAsync(Promise promise, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(events);
        return Documents.ReplaceAsync(promise.OrganizationId, promise.Id, expectedVersion, PromiseDocuments.ToDocument(promise), events, cancellationToken);
    }

    public async Task<Promise?> FindAsync(string organizationId, string promiseId, CancellationToken cancellationToken)
    {
        var document = await database.Promises.Find(KeyFilters.ById(organizationId, promiseId)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : StoreBsonMapping.FromDocument<Promise>(document);
    }

    public async Task<IReadOnlyList<Promise>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticketIds);
        if (ticketIds.Count == 0)
        {
            return [];
        }

        var documents = await database.Promises.Find(PromiseFilters.OfTickets(organizationId, ticketIds)).Sort(PromiseFilters.EarliestDueFirst).ToListAsync(cancellationToken);
        return [.. documents.Select(StoreBsonMapping.FromDocument<Promise>)];
    }

    public async Task<Page<Promise>> ListPastDueAsync(string organizationId, DateTimeOffset dueBy, PromisePosition? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var documents = await database.Promises.Find(PromiseFilters.PastDue(organizationId, dueBy, after))
            .Sort(PromiseFilters.OldestDueFirst).Limit(limit + 1).ToListAsync(cancellationToken);
        return new Page<Promise>([.. documents.Take(limit).Select(StoreBsonMapping.FromDocument<Promise>)], documents.Count > limit);
    }
}
