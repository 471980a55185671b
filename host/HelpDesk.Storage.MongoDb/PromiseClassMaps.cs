using HelpDesk.Sdk.Domain;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How a promise is stored: status by name, instants pinned.</summary>
internal static class PromiseClassMaps
{
    /// <summary>The element of the due time.</summary>
    public const string DueAt = "dueAt";

    public static BsonClassMap<Promise> Promise() => new(map =>
    {
        map.Map(p => p.Id, Fields.EntityId, required: true);
        map.Map(p => p.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(p => p.TicketId, Fields.TicketId, required: true);
        map.Map(p => p.InteractionId, "interactionId");
        map.Map(p => p.Text, "text", required: true);
        map.Map(p => p.DueAt, DueAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(p => p.MadeBy, "madeBy", required: true);
        map.Map(p => p.MadeAt, "madeAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(p => p.Status, Fields.Status, serializer: StoredValues.EnumByName<PromiseStatus>());
        map.Map(p => p.RemindedAt, "remindedAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(p => p.OverdueAt, "overdueAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(p => p.SettledAt, "settledAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(p => p.SettledBy, "settledBy");
        map.Map(p => p.BrokenReason, "brokenReason");
        map.Map(p => p.Version, Fields.Version);

        // The stored document also holds _id and pendingDueAt, which belong to the store.
        map.SetIgnoreExtraElements(true);
    });
}
