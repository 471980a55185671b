using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Filters and orders of promises, all within one organisation.</summary>
internal static class PromiseFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    private static string PendingTicks => Fields.UtcTicks(PromiseDocuments.PendingDueAt);

    public static FilterDefinition<BsonDocument> OfTickets(string organizationId, IEnumerable<string> ticketIds) =>
        OrganizationFilter.Where(organizationId, Filter.In(Fields.TicketId, ticketIds.Distinct(StringComparer.Ordinal)));

    /// <summary>
    /// Pending promises due by a time, after a position in the oldest-due-first order: due no earlier, and not a tie at or
    /// before the position's id (no top-level <c>$or</c>, so the organisation always scopes the filter).
    /// </summary>
    public static FilterDefinition<BsonDocument> PastDue(string organizationId, DateTimeOffset dueBy, PromisePosition? after)
    {
        var due = Filter.And(Filter.Exists(PromiseDocuments.PendingDueAt), Filter.Lte(PendingTicks, dueBy.UtcTicks));
        return after is null
            ? OrganizationFilter.Where(organizationId, due)
            : OrganizationFilter.Where(
                organizationId,
                due,
                Filter.Gte(PendingTicks, after.DueAt.UtcTicks),
                Filter.Not(Filter.And(Filter.Eq(PendingTicks, after.DueAt.UtcTicks), Filter.Lte(Fields.EntityId, after.Id))));
    }

    /// <summary>Gets the order of the overdue list: oldest due first.</summary>
    public static SortDefinition<BsonDocument> OldestDueFirst { get; } =
        Builders<BsonDocument>.Sort.Ascending(PendingTicks).Ascending(Fields.EntityId);

    /// <summary>Gets the order of a ticket's promises: earliest due first.</summary>
    public static SortDefinition<BsonDocument> EarliestDueFirst { get; } =
        Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(PromiseClassMaps.DueAt)).Ascending(Fields.EntityId);
}
