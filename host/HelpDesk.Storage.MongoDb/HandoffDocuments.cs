using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Transfer requests and messages as documents, keyed by organisation and id, with the addressee's key lifted out to list by.</summary>
internal static class HandoffDocuments
{
    /// <summary>The receiving side of a transfer request, as <see cref="AddresseeKey"/> makes it.</summary>
    public const string ToKey = "toKey";

    /// <summary>The addressee of a message, as <see cref="AddresseeKey"/> makes it.</summary>
    public const string ForKey = "forKey";

    public static BsonDocument TransferRequest(TransferRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(request.OrganizationId, request.Id));
        document.AddRange(StoreBsonMapping.ToDocument(request));
        document[ToKey] = AddresseeKey.Of(request.To);
        return document;
    }

    public static BsonDocument Message(CallerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(message.OrganizationId, message.Id));
        document.AddRange(StoreBsonMapping.ToDocument(message));
        document[ForKey] = AddresseeKey.Of(message.For);
        return document;
    }
}
