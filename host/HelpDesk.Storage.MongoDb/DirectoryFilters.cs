using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The list filters and order of the <c>contacts</c> and <c>assets</c> collections, each scoped to one organisation; by id, see <see cref="KeyFilters"/>.</summary>
internal static class DirectoryFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Lists are ordered by id, which keyset paging continues after.</summary>
    public static SortDefinition<BsonDocument> ById { get; } = Builders<BsonDocument>.Sort.Ascending(Fields.EntityId);

    /// <summary>Contacts after an id whose name, e-mail or phone contains a text; the query's contact is ignored.</summary>
    public static FilterDefinition<BsonDocument> Contacts(string organizationId, DirectoryQuery query) => Matching(organizationId, query, ownerField: null);

    /// <summary>Assets after an id, of a contact, whose serial number or model contains a text.</summary>
    public static FilterDefinition<BsonDocument> Assets(string organizationId, DirectoryQuery query) => Matching(organizationId, query, Fields.ContactId);

    /// <summary>The asset with a serial number, compared exactly (the unique index's key).</summary>
    public static FilterDefinition<BsonDocument> AssetBySerialNumber(string organizationId, string serialNumber) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.SerialNumber, serialNumber));

    private static FilterDefinition<BsonDocument> Matching(string organizationId, DirectoryQuery query, string? ownerField)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<FilterDefinition<BsonDocument>>();
        if (ownerField is not null && query.ContactId is not null)
        {
            conditions.Add(Filter.Eq(ownerField, query.ContactId));
        }

        if (query.AfterId is not null)
        {
            conditions.Add(Filter.Gt(Fields.EntityId, query.AfterId));
        }

        if (!string.IsNullOrEmpty(query.Text))
        {
            conditions.Add(Filter.Regex(Fields.SearchKeys, SearchKeys.Containing(query.Text)));
        }

        return OrganizationFilter.Where(organizationId, [.. conditions]);
    }
}
