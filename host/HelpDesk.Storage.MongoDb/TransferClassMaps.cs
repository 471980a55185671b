using HelpDesk.Sdk.Domain;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How a warm transfer request is stored: status by name, instants pinned, warnings as a list.</summary>
internal static class TransferClassMaps
{
    /// <summary>The element of the request time.</summary>
    public const string RequestedAt = "requestedAt";

    public static BsonClassMap<TransferRequest> TransferRequest() => new(map =>
    {
        map.Map(r => r.Id, Fields.EntityId, required: true);
        map.Map(r => r.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(r => r.TicketId, Fields.TicketId, required: true);
        map.Map(r => r.To, "to", required: true);
        map.Map(r => r.From, "from", required: true);
        map.Map(r => r.Summary, "summary", required: true);
        map.Map(r => r.DirectNumber, "directNumber", required: true);
        map.Map(r => r.PreviousTransferCount, "previousTransferCount");
        map.Map(r => r.Warnings, "warnings", serializer: StoredValues.List<string>());
        map.Map(r => r.Status, Fields.Status, serializer: StoredValues.EnumByName<TransferRequestStatus>());
        map.Map(r => r.RequestedAt, RequestedAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(r => r.ExpiresAt, "expiresAt", required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(r => r.DecidedBy, "decidedBy");
        map.Map(r => r.DecidedAt, "decidedAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(r => r.DeclineReason, "declineReason");
        map.Map(r => r.Version, Fields.Version);

        // The stored document also holds _id and toKey, which belong to the store.
        map.SetIgnoreExtraElements(true);
    });
}
