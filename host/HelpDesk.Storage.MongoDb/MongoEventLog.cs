using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The organisations' event logs in one collection, ordered by a per-organisation sequence that is never reused.</summary>
internal sealed class MongoEventLog(MongoStoreDatabase database) : IEventLog
{
    public Task AppendAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return Task.CompletedTask;
        }

        var organizationId = events[0]?.OrganizationId ?? throw new ArgumentException("The events contain null.", nameof(events));
        EventAppender.EnsureOrganization(organizationId, events);
        return database.InTransactionAsync(
            async (session, token) =>
            {
                await EventAppender.AppendAsync(database, session, organizationId, events, token);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(string organizationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
        {
            // MongoDB reads limit 0 as "no limit".
            return [];
        }

        var documents = await database.Events
            .Find(EventFilters.After(organizationId, afterSequence))
            .Sort(EventFilters.BySequence)
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(EventDocuments.FromDocument)];
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadTicketAsync(string organizationId, string ticketId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketId);
        var documents = await database.Events
            .Find(EventFilters.ForTicket(organizationId, ticketId))
            .Sort(EventFilters.BySequence)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(EventDocuments.FromDocument)];
    }
}
