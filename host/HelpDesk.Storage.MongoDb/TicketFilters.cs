using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// The filters of the <c>tickets</c> collection, each scoped to one organisation; by id, see <see cref="KeyFilters"/>;
/// the orders of lists and where a page starts, see <see cref="TicketListOrder"/>.
/// </summary>
internal static class TicketFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>The ticket created with a key; the <c>$exists</c> of the partial unique index's filter lets the planner use it.</summary>
    public static FilterDefinition<BsonDocument> ByIdempotencyKey(string organizationId, string idempotencyKey) =>
        OrganizationFilter.Where(
            organizationId,
            new BsonDocument(Fields.IdempotencyKey, new BsonDocument { { "$exists", true }, { "$eq", idempotencyKey } }));

    /// <summary>Tickets matching a list filter (counts; pages are <see cref="Page"/>).</summary>
    public static FilterDefinition<BsonDocument> Matching(string organizationId, TicketFilter filter) =>
        OrganizationFilter.Where(organizationId, [.. Conditions(filter)]);

    /// <summary>The tickets of a page: those matching the query's filter past its start position, in the direction of its order (keyset paging).</summary>
    public static FilterDefinition<BsonDocument> Page(string organizationId, TicketQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = Conditions(query.Filter);
        TicketListOrder.AddStartAfter(conditions, query);
        return OrganizationFilter.Where(organizationId, [.. conditions]);
    }

    /// <summary>The tickets of an organisation an older host stored without <c>priorityKey</c>.</summary>
    public static FilterDefinition<BsonDocument> WithoutPriorityKey(string organizationId) =>
        OrganizationFilter.Where(organizationId, Filter.Exists(TicketDocuments.PriorityKey, exists: false));

    /// <summary>The tickets of an organisation an older host stored without <c>searchKeys</c>.</summary>
    public static FilterDefinition<BsonDocument> WithoutSearchKeys(string organizationId) =>
        OrganizationFilter.Where(organizationId, Filter.Exists(Fields.SearchKeys, exists: false));

    /// <summary>One such ticket, as long as it still has no keys: a write since then has set them from its newer text.</summary>
    public static FilterDefinition<BsonDocument> WithoutSearchKeys(string organizationId, string ticketId) =>
        OrganizationFilter.Where(
            organizationId,
            Filter.Eq(Fields.Id, StoredKeys.Of(organizationId, ticketId)),
            Filter.Exists(Fields.SearchKeys, exists: false));

    private static List<FilterDefinition<BsonDocument>> Conditions(TicketFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new List<FilterDefinition<BsonDocument>>();
        if (filter.Statuses.Count > 0)
        {
            conditions.Add(Filter.In(Fields.Status, filter.Statuses.Select(StoredValues.Name).Distinct()));
        }

        if (filter.Priorities.Count > 0)
        {
            conditions.Add(Filter.In(Fields.Priority, filter.Priorities.Select(StoredValues.Name).Distinct()));
        }

        // A ticket must carry every tag asked for, compared without case as Ticket.HasTag does.
        var tags = filter.Tags.Select(TicketDocuments.TagKey).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > 0)
        {
            conditions.Add(Filter.All(Fields.TagKeys, tags));
        }

        AddEqual(conditions, Fields.AssigneeId, filter.AssigneeId);
        AddEqual(conditions, Fields.ContactId, filter.ContactId);
        AddEqual(conditions, Fields.AssetId, filter.AssetId);
        if (!string.IsNullOrEmpty(filter.Text))
        {
            conditions.Add(Filter.Regex(Fields.SearchKeys, SearchKeys.Containing(filter.Text)));
        }

        // utc is a BSON date, to the millisecond: its range picks the index range (ix_tickets_updated), and utcTicks decides
        // within the millisecond, so a change 0.1 ms after the instant is included and one at the instant is not.
        if (filter.UpdatedAfter is { } updatedAfter)
        {
            conditions.Add(Filter.Gte(Fields.Utc(Fields.UpdatedAt), new BsonDateTime(BsonUtils.ToMillisecondsSinceEpoch(updatedAfter.UtcDateTime))));
            conditions.Add(Filter.Gt(Fields.UtcTicks(Fields.UpdatedAt), updatedAfter.UtcTicks));
        }

        return conditions;
    }

    private static void AddEqual(List<FilterDefinition<BsonDocument>> conditions, string field, string? value)
    {
        if (value is not null)
        {
            conditions.Add(Filter.Eq(field, value));
        }
    }
}
