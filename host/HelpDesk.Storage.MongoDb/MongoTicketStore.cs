using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Tickets as documents keyed by organisation and id; this part reads, <c>MongoTicketStore.Writes.cs</c> writes.</summary>
internal sealed partial class MongoTicketStore(MongoStoreDatabase database) : ITicketStore
{
    public Task<Ticket?> FindAsync(string organizationId, string ticketId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketId);
        return FindOneAsync(KeyFilters.ById(organizationId, ticketId), cancellationToken);
    }

    public Task<Ticket?> FindByIdempotencyKeyAsync(string organizationId, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return FindOneAsync(TicketFilters.ByIdempotencyKey(organizationId, idempotencyKey), cancellationToken);
    }

    public async Task<IReadOnlyList<Ticket>> FindManyAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketIds);
        var ids = ticketIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var documents = await database.Tickets.Find(KeyFilters.ByIds(organizationId, ids)).ToListAsync(cancellationToken);
        return [.. documents.Select(TicketDocuments.FromDocument)];
    }

    public async Task<TicketPage> ListAsync(string organizationId, TicketQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query));
        if (query.Limit == 0)
        {
            // MongoDB reads limit 0 as "no limit"; an empty page still says whether tickets follow.
            return new TicketPage([], await AnyAsync(organizationId, query, cancellationToken));
        }

        // One document more than asked tells whether another page follows.
        var documents = await database.Tickets
            .Find(TicketFilters.Page(organizationId, query))
            .Sort(TicketListOrder.Of(query))
            .Limit(query.Limit + 1)
            .ToListAsync(cancellationToken);
        var hasMore = documents.Count > query.Limit;
        return new TicketPage([.. documents.Take(query.Limit).Select(TicketDocuments.FromDocument)], hasMore);
    }

    public Task<long> CountAsync(string organizationId, TicketFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(filter);
        return database.Tickets.CountDocumentsAsync(TicketFilters.Matching(organizationId, filter), cancellationToken: cancellationToken);
    }

    private async Task<bool> AnyAsync(string organizationId, TicketQuery query, CancellationToken cancellationToken)
    {
        var filter = TicketFilters.Page(organizationId, query);
        return await database.Tickets.CountDocumentsAsync(filter, new CountOptions { Limit = 1 }, cancellationToken) > 0;
    }

    private async Task<Ticket?> FindOneAsync(FilterDefinition<BsonDocument> filter, CancellationToken cancellationToken)
    {
        var document = await database.Tickets.Find(filter).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : TicketDocuments.FromDocument(document);
    }
}
