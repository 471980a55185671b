using HelpDesk.Sdk.Domain;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Promises as documents, keyed by organisation and id, with the due time lifted out while they are pending.</summary>
internal static class PromiseDocuments
{
    /// <summary>The due time while the promise is neither kept nor broken; absent otherwise, so only pending promises are in the overdue index.</summary>
    public const string PendingDueAt = "pendingDueAt";

    public static BsonDocument ToDocument(Promise promise)
    {
        ArgumentNullException.ThrowIfNull(promise);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(promise.OrganizationId, promise.Id));
        document.AddRange(StoreBsonMapping.ToDocument(promise));
        if (promise.Status is PromiseStatus.Open or PromiseStatus.Overdue)
        {
            document[PendingDueAt] = promise.DueAt.ToBsonDocument(DateTimeOffsetDocumentSerializer.Instance);
        }

        return document;
    }
}
