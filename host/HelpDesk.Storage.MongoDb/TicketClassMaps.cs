using HelpDesk.Sdk.Domain;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How a ticket and the records inside it are stored: camelCase names, enums by name, instants as documents.</summary>
internal static class TicketClassMaps
{
    public static BsonClassMap<Tag> Tag() => new(map =>
    {
        map.Map(t => t.Name, "name", required: true);
        map.Map(t => t.Source, "source", serializer: StoredValues.EnumByName<TagSource>());
        map.Map(t => t.Confidence, "confidence");
        map.Map(t => t.PluginId, "pluginId");
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<EscalationState> EscalationState() => new(map =>
    {
        map.Map(e => e.Action, "action", required: true, StoredValues.EnumByName<EscalationAction>());
        map.Map(e => e.Tier, "tier", required: true, StoredValues.EnumByName<SupportTier>());
        map.Map(e => e.Team, "team");
        map.Map(e => e.Reason, "reason", required: true);
        map.Map(e => e.PluginId, "pluginId", required: true);
        map.Map(e => e.DecidedAt, "decidedAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(e => e.FollowUpAt, "followUpAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<Ticket> Ticket() => new(map =>
    {
        map.Map(t => t.Id, "id", required: true);
        map.Map(t => t.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(t => t.Number, Fields.Number, required: true);
        map.Map(t => t.Subject, Fields.Subject, required: true);
        map.Map(t => t.Description, Fields.Description);
        map.Map(t => t.Status, Fields.Status, serializer: StoredValues.EnumByName<TicketStatus>());
        map.Map(t => t.Priority, Fields.Priority, serializer: StoredValues.EnumByName<TicketPriority>());
        map.Map(t => t.Tier, "tier", serializer: StoredValues.EnumByName<SupportTier>());
        map.Map(t => t.ContactId, Fields.ContactId);
        map.Map(t => t.AssetId, Fields.AssetId);
        map.Map(t => t.AssigneeId, Fields.AssigneeId);
        map.Map(t => t.Tags, "tags", serializer: StoredValues.List<Tag>());
        map.Map(t => t.Escalation, "escalation");
        map.Map(t => t.TransferCount, "transferCount");
        map.Map(t => t.CreatedAt, "createdAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(t => t.UpdatedAt, Fields.UpdatedAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(t => t.FirstRepliedAt, "firstRepliedAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(t => t.LastRepliedAt, "lastRepliedAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(t => t.ResolvedAt, "resolvedAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(t => t.Version, Fields.Version);

        // The stored document also holds _id, tagKeys, searchKeys and idempotencyKey, which belong to the store, not the ticket;
        // ignoring unknown elements also lets a host read what a newer host added during a rolling upgrade.
        map.SetIgnoreExtraElements(true);
    });
}
