using HelpDesk.Engine.Auth;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// An API key as stored: <c>_id</c> is the key id itself – unique across organisations, as a key is looked up by it
/// alone – then the record's own fields.
/// </summary>
internal static class ApiKeyDocuments
{
    public static BsonDocument ToDocument(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var document = new BsonDocument(Fields.Id, key.Id);
        document.AddRange(StoreBsonMapping.ToDocument(key));
        return document;
    }

    public static ApiKeyRecord FromDocument(BsonDocument document) => StoreBsonMapping.FromDocument<ApiKeyRecord>(document);

    /// <summary>Sets <c>revokedAt</c> in the form the class map writes it.</summary>
    public static UpdateDefinition<BsonDocument> Revocation(DateTimeOffset revokedAt) =>
        Builders<BsonDocument>.Update.Set(Fields.RevokedAt, revokedAt.ToBsonDocument(DateTimeOffsetDocumentSerializer.Instance));
}
