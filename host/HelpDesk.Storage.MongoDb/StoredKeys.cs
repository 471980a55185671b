using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// The <c>_id</c> of documents whose id the client chooses (tickets, events): <c>{ o: organisationId, i: id }</c>.
/// Another organisation's id can never equal it, and the organisation is the key's first part.
/// </summary>
internal static class StoredKeys
{
    /// <remarks>A document compares field by field in order, so the key is always built here, in this order.</remarks>
    public static BsonDocument Of(string organizationId, string id) => new()
    {
        { Fields.KeyOrganization, organizationId },
        { Fields.KeyId, id },
    };
}
