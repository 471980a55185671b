using HelpDesk.Sdk.Events;
using MongoDB.Bson.Serialization;
using static HelpDesk.Storage.MongoDb.EventClassMaps;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How the events of promises and status-update reminders are stored: instants pinned.</summary>
internal static class PromiseEventClassMaps
{
    private const string PromiseId = "promiseId";
    private const string Text = "text";
    private const string DueAt = "dueAt";
    private const string PromisedBy = "promisedBy";
    private const string WasOverdue = "wasOverdue";

    /// <summary>The map of every promise event type, each naming the base map it extends.</summary>
    public static IEnumerable<BsonClassMap> Subtypes(BsonClassMap<DomainEvent> baseMap)
    {
        yield return Subtype<PromiseMade>(baseMap, PromiseMade.TypeName, map =>
        {
            map.Map(e => e.PromiseId, PromiseId, required: true);
            map.Map(e => e.Text, Text, required: true);
            map.Map(e => e.DueAt, DueAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
            map.Map(e => e.InteractionId, "interactionId");
        });
        yield return Subtype<PromiseDueSoon>(baseMap, PromiseDueSoon.TypeName, map =>
        {
            map.Map(e => e.PromiseId, PromiseId, required: true);
            map.Map(e => e.Text, Text, required: true);
            map.Map(e => e.DueAt, DueAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
            map.Map(e => e.PromisedBy, PromisedBy, required: true);
        });
        yield return Subtype<PromiseOverdue>(baseMap, PromiseOverdue.TypeName, map =>
        {
            map.Map(e => e.PromiseId, PromiseId, required: true);
            map.Map(e => e.Text, Text, required: true);
            map.Map(e => e.DueAt, DueAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
            map.Map(e => e.PromisedBy, PromisedBy, required: true);
        });
        yield return Subtype<PromiseKept>(baseMap, PromiseKept.TypeName, map =>
        {
            map.Map(e => e.PromiseId, PromiseId, required: true);
            map.Map(e => e.DueAt, DueAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
            map.Map(e => e.PromisedBy, PromisedBy, required: true);
            map.Map(e => e.OnTime, "onTime");
            map.Map(e => e.WasOverdue, WasOverdue);
        });
        yield return Subtype<PromiseBroken>(baseMap, PromiseBroken.TypeName, map =>
        {
            map.Map(e => e.PromiseId, PromiseId, required: true);
            map.Map(e => e.DueAt, DueAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
            map.Map(e => e.PromisedBy, PromisedBy, required: true);
            map.Map(e => e.Reason, "reason", required: true);
            map.Map(e => e.WasOverdue, WasOverdue);
        });
        yield return Subtype<StatusUpdateDue>(baseMap, StatusUpdateDue.TypeName, map =>
        {
            map.Map(e => e.SilentSince, "silentSince", required: true, DateTimeOffsetDocumentSerializer.Instance);
            map.Map(e => e.AssigneeId, Fields.AssigneeId);
        });
    }
}
