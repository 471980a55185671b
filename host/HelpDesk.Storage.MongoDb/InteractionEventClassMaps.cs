using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using MongoDB.Bson.Serialization;
using static HelpDesk.Storage.MongoDb.EventClassMaps;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How the events of interactions are stored: steps and channels by name, durations as ticks.</summary>
internal static class InteractionEventClassMaps
{
    private const string InteractionId = "interactionId";
    private const string AgentId = "agentId";
    private const string Reason = "reason";

    /// <summary>The map of every interaction event type, each naming the base map it extends.</summary>
    public static IEnumerable<BsonClassMap> Subtypes(BsonClassMap<DomainEvent> baseMap)
    {
        yield return Subtype<InteractionStarted>(baseMap, InteractionStarted.TypeName, map =>
        {
            map.Map(e => e.InteractionId, InteractionId, required: true);
            map.Map(e => e.AgentId, AgentId, required: true);
            map.Map(e => e.Channel, "channel", serializer: StoredValues.EnumByName<InteractionChannel>());
            map.Map(e => e.ContactId, Fields.ContactId);
        });
        yield return Subtype<InteractionStepChanged>(baseMap, InteractionStepChanged.TypeName, map =>
        {
            map.Map(e => e.InteractionId, InteractionId, required: true);
            map.Map(e => e.AgentId, AgentId, required: true);
            map.Map(e => e.From, "from", required: true, StoredValues.EnumByName<CallStep>());
            map.Map(e => e.To, "to", required: true, StoredValues.EnumByName<CallStep>());
            map.Map(e => e.TimeInPreviousStep, "timeInPreviousStep", serializer: InteractionClassMaps.Ticks);
        });
        yield return Subtype<CallerHeld>(baseMap, CallerHeld.TypeName, map =>
        {
            map.Map(e => e.InteractionId, InteractionId, required: true);
            map.Map(e => e.AgentId, AgentId, required: true);
            map.Map(e => e.Reason, Reason, required: true);
        });
        yield return Subtype<CallerResumed>(baseMap, CallerResumed.TypeName, map =>
        {
            map.Map(e => e.InteractionId, InteractionId, required: true);
            map.Map(e => e.AgentId, AgentId, required: true);
            map.Map(e => e.Reason, Reason, required: true);
            map.Map(e => e.HeldFor, "heldFor", required: true, InteractionClassMaps.Ticks);
            map.Map(e => e.TotalHoldTime, "totalHoldTime", required: true, InteractionClassMaps.Ticks);
        });
        yield return Subtype<HoldCheckBackDue>(baseMap, HoldCheckBackDue.TypeName, map =>
        {
            map.Map(e => e.InteractionId, InteractionId, required: true);
            map.Map(e => e.AgentId, AgentId, required: true);
            map.Map(e => e.Reason, Reason, required: true);
            map.Map(e => e.HeldAt, "heldAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
            map.Map(e => e.WaitedFor, "waitedFor", required: true, InteractionClassMaps.Ticks);
            map.Map(e => e.CheckBackNumber, "checkBackNumber", required: true);
            map.Map(e => e.ScriptLines, "scriptLines", serializer: StoredValues.List<string>());
        });
        yield return Subtype<InteractionEnded>(baseMap, InteractionEnded.TypeName, map =>
        {
            map.Map(e => e.InteractionId, InteractionId, required: true);
            map.Map(e => e.AgentId, AgentId, required: true);
            map.Map(e => e.Step, "step", required: true, StoredValues.EnumByName<CallStep>());
            map.Map(e => e.Duration, "duration", required: true, InteractionClassMaps.Ticks);
            map.Map(e => e.TotalHoldTime, "totalHoldTime", required: true, InteractionClassMaps.Ticks);
            map.Map(e => e.EndedHoldFor, "endedHoldFor", serializer: InteractionClassMaps.NullableTicks);
        });
    }
}
