using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The filters and order of the <c>apiKeys</c> collection.</summary>
internal static class ApiKeyFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Oldest first by exact instant, ties by id.</summary>
    public static SortDefinition<BsonDocument> ByCreation { get; } =
        Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(Fields.CreatedAt)).Ascending(Fields.EntityId);

    /// <summary>
    /// The one filter of the store not scoped to an organisation, by design: authentication reads the key a request
    /// presents to learn its organisation. The key id is the primary key, unique across organisations.
    /// </summary>
    public static FilterDefinition<BsonDocument> ByKeyIdInAnyOrganization(string keyId)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        return Filter.Eq(Fields.Id, keyId);
    }

    public static FilterDefinition<BsonDocument> OfOrganization(string organizationId) => OrganizationFilter.Where(organizationId);

    /// <summary>The organisation's key, if it is not revoked yet (<c>null</c> matches a missing element too).</summary>
    public static FilterDefinition<BsonDocument> Unrevoked(string organizationId, string keyId) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.Id, keyId), Filter.Eq(Fields.RevokedAt, BsonNull.Value));
}
