using HelpDesk.Engine.Audit;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The filter and order of an organisation's audit log.</summary>
internal static class AuditFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Gets the order of the log: newest first, by the time-ordered id.</summary>
    public static SortDefinition<BsonDocument> NewestFirst { get; } = Builders<BsonDocument>.Sort.Descending(Fields.EntityId);

    /// <summary>The organisation's entries, of one action or all, older than an entry.</summary>
    public static FilterDefinition<BsonDocument> Page(string organizationId, AuditAction? action, string? beforeId)
    {
        List<FilterDefinition<BsonDocument>> conditions = [];
        if (action is { } only)
        {
            conditions.Add(Filter.Eq(AuditClassMaps.Action, StoredValues.Name(only)));
        }

        if (beforeId is not null)
        {
            conditions.Add(Filter.Lt(Fields.EntityId, beforeId));
        }

        return OrganizationFilter.Where(organizationId, [.. conditions]);
    }
}
