using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Auth;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How an audit entry is stored: action and role by name, its instant pinned.</summary>
internal static class AuditClassMaps
{
    /// <summary>The element of the action, which the action filter matches.</summary>
    public const string Action = "action";

    public static BsonClassMap<AuditEntry> AuditEntry() => new(map =>
    {
        map.Map(e => e.Id, Fields.EntityId, required: true);
        map.Map(e => e.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(e => e.OccurredAt, Fields.OccurredAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(e => e.ActorKeyId, "actorKeyId");
        map.Map(e => e.ActorName, "actorName", required: true);
        map.Map(e => e.ActorRole, "actorRole", serializer: StoredValues.NullableEnumByName<ApiKeyRole>());
        map.Map(e => e.Action, Action, required: true, StoredValues.EnumByName<AuditAction>());
        map.Map(e => e.TargetKind, "targetKind", required: true);
        map.Map(e => e.TargetId, "targetId", required: true);
        map.Map(e => e.Summary, "summary", required: true);

        // The stored document also holds _id, which belongs to the store.
        map.SetIgnoreExtraElements(true);
    });
}
