using HelpDesk.Engine.Auth;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How an API key is stored: its role by name, its instants as documents, its salt and hash as the base64 text given.</summary>
internal static class ApiKeyClassMaps
{
    public static BsonClassMap<ApiKeyRecord> ApiKeyRecord() => new(map =>
    {
        map.Map(k => k.Id, Fields.EntityId, required: true);
        map.Map(k => k.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(k => k.Name, "name", required: true);
        map.Map(k => k.Role, "role", required: true, StoredValues.EnumByName<ApiKeyRole>());
        map.Map(k => k.Salt, "salt", required: true);
        map.Map(k => k.Hash, "hash", required: true);
        map.Map(k => k.CreatedAt, Fields.CreatedAt, required: true, DateTimeOffsetDocumentSerializer.Instance);
        map.Map(k => k.RevokedAt, Fields.RevokedAt, serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.SetIgnoreExtraElements(true);
    });
}
