using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Appends events inside the caller's transaction; shared by the ticket store and the event log so both append the same way.</summary>
internal static class EventAppender
{
    /// <exception cref="ArgumentException">An event is null or belongs to another organisation.</exception>
    public static void EnsureOrganization(string organizationId, IReadOnlyList<DomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            ArgumentNullException.ThrowIfNull(domainEvent, nameof(events));
            if (!string.Equals(domainEvent.OrganizationId, organizationId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The event '{domainEvent.Id}' belongs to organisation '{domainEvent.OrganizationId}', not '{organizationId}'.", nameof(events));
            }
        }
    }

    /// <summary>
    /// Takes a block of sequence numbers from the organisation's counter and inserts the events with them.
    /// </summary>
    /// <remarks>
    /// The counter document stays write-locked by this transaction until it commits, so a concurrent append conflicts
    /// and retries after it: sequence numbers become visible in increasing order, and a reader paging "after N" never
    /// misses an event committed later with a lower number. An aborted transaction gives its numbers back.
    /// </remarks>
    public static async Task AppendAsync(
        MongoStoreDatabase database, IClientSessionHandle session, string organizationId,
        IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var counter = await database.Counters.FindOneAndUpdateAsync(
            session, Counters.Named(organizationId, Counters.EventSequence), Counters.Increment(events.Count), Counters.TakeOptions, cancellationToken);
        var first = Counters.ValueOf(counter) - events.Count + 1;
        var documents = events.Select((domainEvent, i) => EventDocuments.ToDocument(domainEvent, first + i)).ToList();
        try
        {
            await database.Events.InsertManyAsync(session, documents, new InsertManyOptions { IsOrdered = true }, cancellationToken);
        }
        catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out var index))
        {
            // A sequence clash means the counter was tampered with; say so rather than blame the event id.
            throw new DuplicateKeyException("event", index == StoreIndexes.EventSequence ? "sequence" : "id");
        }
    }
}
