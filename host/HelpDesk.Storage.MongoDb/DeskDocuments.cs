using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Organisations and desk configurations as stored. Their <c>_id</c> is the server's ObjectId; the organisation is
/// the key, enforced by a unique index on <c>organizationId</c>.
/// </summary>
internal static class DeskDocuments
{
    /// <summary>An organisation carries <c>organizationId</c> (equal to its id) like every other document, so it is scoped the same way.</summary>
    public static BsonDocument Organization(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var document = new BsonDocument(Fields.OrganizationId, organization.Id);
        document.AddRange(StoreBsonMapping.ToDocument(organization));
        return document;
    }

    public static BsonDocument Configuration(DeskConfiguration configuration) => StoreBsonMapping.ToDocument(configuration);
}
