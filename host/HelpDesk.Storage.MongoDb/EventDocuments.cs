using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// An event as stored: <c>_id: { o, i: eventId }</c> (an event id is taken once per organisation), the event's own
/// fields with its <c>type</c>, and <c>sequence</c>, its position in the organisation's log.
/// </summary>
internal static class EventDocuments
{
    public static BsonDocument ToDocument(DomainEvent domainEvent, long sequence)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(domainEvent.OrganizationId, domainEvent.Id));
        document.AddRange(StoreBsonMapping.ToDocument(domainEvent));
        document[Fields.Sequence] = sequence;
        return document;
    }

    public static StoredEvent FromDocument(BsonDocument document) =>
        new(document[Fields.Sequence].ToInt64(), StoreBsonMapping.FromDocument<DomainEvent>(document));
}
