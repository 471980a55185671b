using HelpDesk.Engine.Calls;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Interactions as documents, keyed by organisation and id, with the start of the open hold lifted out for the hold queue.</summary>
internal static class InteractionDocuments
{
    /// <summary>When the caller was put on hold, while they wait; absent otherwise, so only held callers are in the queue's index.</summary>
    public const string OnHoldSince = "onHoldSince";

    public static BsonDocument ToDocument(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(interaction.OrganizationId, interaction.Id));
        document.AddRange(StoreBsonMapping.ToDocument(interaction));
        if (interaction.OpenHold() is { } hold)
        {
            document[OnHoldSince] = hold.HeldAt.ToBsonDocument(DateTimeOffsetDocumentSerializer.Instance);
        }

        return document;
    }
}
