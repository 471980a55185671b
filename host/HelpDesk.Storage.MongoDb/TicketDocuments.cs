using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// A ticket as stored: <c>_id: { o, i }</c>, then the ticket's own fields, then what only the store needs –
/// <c>tagKeys</c> (lower-cased tag names, indexed), <c>priorityKey</c> (the ticket's place in priority order, see
/// <see cref="PriorityKey"/>), <c>searchKeys</c> (lower-cased subject and description, see <see cref="SearchKeys"/>) and
/// <c>idempotencyKey</c> (only when the client sent one).
/// </summary>
internal static class TicketDocuments
{
    /// <summary>
    /// The element holding <see cref="TicketPriorityOrder.KeyOf"/> of the ticket's priority rank and number: a list ordered
    /// by priority sorts and pages on it as one range of <c>ix_tickets_priority_order</c>, by urgency rather than by name.
    /// </summary>
    public const string PriorityKey = "priorityKey";

    public static BsonDocument ToDocument(Ticket ticket, string? idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(ticket.OrganizationId, ticket.Id));
        document.AddRange(StoreBsonMapping.ToDocument(ticket));
        document[Fields.TagKeys] = new BsonArray(ticket.Tags.Select(t => TagKey(t.Name)).Distinct(StringComparer.Ordinal));
        document[PriorityKey] = TicketPriorityOrder.KeyOf(TicketPriorityOrder.RankOf(ticket.Priority), ticket.Number);
        document[Fields.SearchKeys] = SearchKeysOf(ticket.Subject, ticket.Description);

        // Absent rather than null: the unique index on the key only covers documents where it exists.
        if (idempotencyKey is not null)
        {
            document[Fields.IdempotencyKey] = idempotencyKey;
        }

        return document;
    }

    public static Ticket FromDocument(BsonDocument document) => StoreBsonMapping.FromDocument<Ticket>(document);

    /// <summary>
    /// The update that stores a ticket's new state: every field the ticket has, <c>tagKeys</c>, <c>searchKeys</c> and <c>priorityKey</c>, but
    /// not <c>_id</c> (immutable) nor <c>idempotencyKey</c> (belongs to the create, so a replace would lose it).
    /// </summary>
    public static UpdateDefinition<BsonDocument> NewState(Ticket ticket)
    {
        var fields = ToDocument(ticket, idempotencyKey: null);
        fields.Remove(Fields.Id);
        return new BsonDocument("$set", fields);
    }

    /// <summary>The <c>searchKeys</c> of a ticket with this subject and description; two keys, so a match never spans both.</summary>
    public static BsonArray SearchKeysOf(string? subject, string? description) => SearchKeys.Of(subject, description);

    /// <summary>The form a tag name is indexed and matched under.</summary>
    public static string TagKey(string name) => name.ToLowerInvariant();
}
