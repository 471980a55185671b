using HelpDesk.Sdk.Domain;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Contacts and assets as stored: <c>_id: { o, i }</c>, the entry's own fields, then <c>searchKeys</c> – the lower-cased
/// texts a search matches in (a contact's name, e-mail and phone; an asset's serial number and model).
/// </summary>
internal static class DirectoryDocuments
{
    public static BsonDocument Contact(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return ToDocument(contact.OrganizationId, contact.Id, contact, [contact.Name, contact.Email, contact.Phone]);
    }

    public static BsonDocument Asset(Asset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return ToDocument(asset.OrganizationId, asset.Id, asset, [asset.SerialNumber, asset.Model]);
    }

    private static BsonDocument ToDocument<T>(string organizationId, string id, T entry, IEnumerable<string?> searchable)
    {
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(organizationId, id));
        document.AddRange(StoreBsonMapping.ToDocument(entry));
        document[Fields.SearchKeys] = SearchKeys.Of(searchable);
        return document;
    }
}
