using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using MongoDB.Bson.Serialization;
using static HelpDesk.Storage.MongoDb.EventClassMaps;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How the events of warm transfers and messages are stored.</summary>
internal static class HandoffEventClassMaps
{
    private const string RequestId = "requestId";
    private const string MessageId = "messageId";

    /// <summary>The map of every transfer and message event type, each naming the base map it extends.</summary>
    public static IEnumerable<BsonClassMap> Subtypes(BsonClassMap<DomainEvent> baseMap)
    {
        yield return Subtype<TransferRequested>(baseMap, TransferRequested.TypeName, map =>
        {
            map.Map(e => e.RequestId, RequestId, required: true);
            map.Map(e => e.To, "to", required: true);
            map.Map(e => e.From, "from", required: true);
            map.Map(e => e.Summary, "summary", required: true);
            map.Map(e => e.DirectNumber, "directNumber", required: true);
            map.Map(e => e.PreviousTransferCount, "previousTransferCount");
            map.Map(e => e.Warnings, "warnings", serializer: StoredValues.List<string>());
            map.Map(e => e.ExpiresAt, "expiresAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        });
        yield return Subtype<TransferAccepted>(baseMap, TransferAccepted.TypeName, map =>
        {
            map.Map(e => e.RequestId, RequestId, required: true);
            map.Map(e => e.To, "to", required: true);
            map.Map(e => e.From, "from", required: true);
        });
        yield return Subtype<TransferDeclined>(baseMap, TransferDeclined.TypeName, map =>
        {
            map.Map(e => e.RequestId, RequestId, required: true);
            map.Map(e => e.To, "to", required: true);
            map.Map(e => e.From, "from", required: true);
            map.Map(e => e.Reason, "reason", required: true);
            map.Map(e => e.Expired, "expired");
        });
        yield return Subtype<MessageTaken>(baseMap, MessageTaken.TypeName, map =>
        {
            map.Map(e => e.MessageId, MessageId, required: true);
            map.Map(e => e.For, "for", required: true);
            map.Map(e => e.Urgency, "urgency", serializer: StoredValues.EnumByName<MessageUrgency>());
            map.Map(e => e.CallBackTo, "callBackTo", required: true, DateTimeOffsetDocumentSerializer.Instance);
        });
        yield return Subtype<MessageCalledBack>(baseMap, MessageCalledBack.TypeName, map =>
        {
            map.Map(e => e.MessageId, MessageId, required: true);
            map.Map(e => e.For, "for", required: true);
            map.Map(e => e.CalledBackBy, "calledBackBy", required: true);
            map.Map(e => e.Outcome, "outcome", required: true);
            map.Map(e => e.Late, "late");
        });
        yield return Subtype<MessageOverdue>(baseMap, MessageOverdue.TypeName, map =>
        {
            map.Map(e => e.MessageId, MessageId, required: true);
            map.Map(e => e.For, "for", required: true);
            map.Map(e => e.CallBackTo, "callBackTo", required: true, DateTimeOffsetDocumentSerializer.Instance);
        });
    }
}
