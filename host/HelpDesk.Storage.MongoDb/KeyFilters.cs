using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Finds documents by their compound <c>_id</c> (<see cref="StoredKeys"/>): tickets, contacts, assets. Each filter is
/// scoped to one organisation, and the key itself holds it too, so another organisation's id never matches.
/// </summary>
internal static class KeyFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    public static FilterDefinition<BsonDocument> ById(string organizationId, string id) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.Id, StoredKeys.Of(organizationId, id)));

    public static FilterDefinition<BsonDocument> ByIds(string organizationId, IEnumerable<string> ids) =>
        OrganizationFilter.Where(organizationId, Filter.In(Fields.Id, ids.Select(id => StoredKeys.Of(organizationId, id))));

    /// <summary>The compare-and-swap condition of an update: the document as it was when read.</summary>
    public static FilterDefinition<BsonDocument> AtVersion(string organizationId, string id, int version) =>
        OrganizationFilter.Where(
            organizationId,
            Filter.Eq(Fields.Id, StoredKeys.Of(organizationId, id)),
            Filter.Eq(Fields.Version, version));
}
