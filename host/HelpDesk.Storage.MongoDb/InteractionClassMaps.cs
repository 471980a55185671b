using HelpDesk.Sdk.Domain;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Options;
using MongoDB.Bson.Serialization.Serializers;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How an interaction is stored: its steps and holds inline, enums by name, instants pinned, durations as ticks.</summary>
internal static class InteractionClassMaps
{
    /// <summary>Durations as 64-bit ticks: exact, and comparable in queries.</summary>
    public static readonly TimeSpanSerializer Ticks = new(BsonType.Int64, TimeSpanUnits.Ticks);

    /// <summary>Nullable durations as ticks, or null.</summary>
    public static readonly NullableSerializer<TimeSpan> NullableTicks = new(Ticks);

    public static BsonClassMap<InteractionStepEntry> StepEntry() => new(map =>
    {
        map.Map(s => s.Step, "step", required: true, StoredValues.EnumByName<CallStep>());
        map.Map(s => s.EnteredAt, "enteredAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<InteractionHold> Hold() => new(map =>
    {
        map.Map(h => h.Reason, "reason", required: true);
        map.Map(h => h.HeldAt, "heldAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(h => h.ResumedAt, "resumedAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(h => h.CheckBackCount, "checkBackCount");
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<Interaction> Interaction() => new(map =>
    {
        map.Map(i => i.Id, Fields.EntityId, required: true);
        map.Map(i => i.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(i => i.TicketId, Fields.TicketId, required: true);
        map.Map(i => i.ContactId, Fields.ContactId);
        map.Map(i => i.AgentId, "agentId", required: true);
        map.Map(i => i.AgentName, "agentName");
        map.Map(i => i.Channel, "channel", serializer: StoredValues.EnumByName<InteractionChannel>());
        map.Map(i => i.Step, "step", serializer: StoredValues.EnumByName<CallStep>());
        map.Map(i => i.StartedAt, "startedAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(i => i.EndedAt, "endedAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(i => i.Steps, "steps", serializer: StoredValues.List<InteractionStepEntry>());
        map.Map(i => i.Holds, "holds", serializer: StoredValues.List<InteractionHold>());
        map.Map(i => i.TotalHoldTime, "totalHoldTime", serializer: Ticks);
        map.Map(i => i.Version, Fields.Version);

        // The stored document also holds _id and onHoldSince, which belong to the store.
        map.SetIgnoreExtraElements(true);
    });
}
