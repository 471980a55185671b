using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// The only way the store builds a filter: the organisation first, then the caller's conditions. A query that forgot
/// the organisation cannot be written, and every index starts with it, so the organisation also picks the index range.
/// </summary>
/// <remarks>
/// One lookup is global by design, <see cref="ApiKeyFilters.ByKeyIdInAnyOrganization"/>: the API key a request presents
/// is how its organisation is found. It matches the primary key only.
/// </remarks>
internal static class OrganizationFilter
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    public static FilterDefinition<BsonDocument> Where(string organizationId, params FilterDefinition<BsonDocument>[] conditions)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        return Filter.And([Filter.Eq(Fields.OrganizationId, organizationId), .. conditions]);
    }
}
