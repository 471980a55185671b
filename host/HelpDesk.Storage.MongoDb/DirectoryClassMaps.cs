using HelpDesk.Sdk.Domain;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How contacts and assets are stored: camelCase names, enums by name, nulls kept.</summary>
internal static class DirectoryClassMaps
{
    public static BsonClassMap<Contact> Contact() => new(map =>
    {
        map.Map(c => c.Id, Fields.EntityId, required: true);
        map.Map(c => c.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(c => c.Name, "name", required: true);
        map.Map(c => c.Email, "email");
        map.Map(c => c.Phone, "phone");
        map.Map(c => c.TimeZone, "timeZone");
        map.Map(c => c.Language, "language");
        map.Map(c => c.CallerType, "callerType", serializer: StoredValues.EnumByName<CallerType>());
        map.Map(c => c.ErasedAt, "erasedAt", serializer: DateTimeOffsetDocumentSerializer.Nullable);
        map.Map(c => c.Version, Fields.Version);

        // The stored document also holds _id and searchKeys, which belong to the store.
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<Asset> Asset() => new(map =>
    {
        map.Map(a => a.Id, Fields.EntityId, required: true);
        map.Map(a => a.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(a => a.SerialNumber, Fields.SerialNumber, required: true);
        map.Map(a => a.Model, "model");
        map.Map(a => a.ContactId, Fields.ContactId);
        map.Map(a => a.Version, Fields.Version);
        map.SetIgnoreExtraElements(true);
    });
}
