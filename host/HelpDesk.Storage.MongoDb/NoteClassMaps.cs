using HelpDesk.Sdk.Domain;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How a note on a ticket is stored: its kind by name, its instant as a document.</summary>
internal static class NoteClassMaps
{
    public static BsonClassMap<Note> Note() => new(map =>
    {
        map.Map(n => n.Id, Fields.EntityId, required: true);
        map.Map(n => n.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(n => n.TicketId, Fields.TicketId, required: true);
        map.Map(n => n.Kind, "kind", serializer: StoredValues.EnumByName<NoteKind>());
        map.Map(n => n.AuthorId, "authorId", required: true);
        map.Map(n => n.Text, "text", required: true);
        map.Map(n => n.CreatedAt, Fields.CreatedAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.SetIgnoreExtraElements(true);
    });
}
