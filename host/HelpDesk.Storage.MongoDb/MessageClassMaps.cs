using HelpDesk.Sdk.Domain;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How a message taken for a caller is stored: urgency and status by name, instants pinned.</summary>
internal static class MessageClassMaps
{
    /// <summary>The element of the call time.</summary>
    public const string CalledAt = "calledAt";

    public static BsonClassMap<CallerMessage> CallerMessage() => new(map =>
    {
        map.Map(m => m.Id, Fields.EntityId, required: true);
        map.Map(m => m.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(m => m.TicketId, Fields.TicketId, required: true);
        map.Map(m => m.CallerFirstName, "callerFirstName", required: true);
        map.Map(m => m.CallerLastName, "callerLastName", required: true);
        map.Map(m => m.CallerOrganization, "callerOrganization", required: true);
        map.Map(m => m.For, "for", required: true);
        map.Map(m => m.Phone, "phone", required: true);
        map.Map(m => m.Text, "text", required: true);
        map.Map(m => m.Urgency, "urgency", serializer: StoredValues.EnumByName<MessageUrgency>());
        map.Map(m => m.CallBackFrom, "callBackFrom", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(m => m.CallBackTo, "callBackTo", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(m => m.CallerTimeZone, "callerTimeZone", required: true);
        map.Map(m => m.CalledAt, CalledAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(m => m.TakenBy, "takenBy", required: true);
        map.Map(m => m.Status, Fields.Status, serializer: StoredValues.EnumByName<MessageStatus>());
        map.Map(m => m.CalledBackBy, "calledBackBy");
        map.Map(m => m.CalledBackAt, "calledBackAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(m => m.CallBackOutcome, "callBackOutcome");
        map.Map(m => m.OverdueAt, "overdueAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(m => m.Version, Fields.Version);

        // The stored document also holds _id and forKey, which belong to the store.
        map.SetIgnoreExtraElements(true);
    });
}
