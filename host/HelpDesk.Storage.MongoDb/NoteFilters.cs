using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The filters and order of the <c>notes</c> collection, each scoped to one organisation.</summary>
internal static class NoteFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>Oldest first by exact instant (ticks, not the millisecond date), ties by id.</summary>
    public static SortDefinition<BsonDocument> ByCreation { get; } =
        Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(Fields.CreatedAt)).Ascending(Fields.EntityId);

    public static FilterDefinition<BsonDocument> ForTicket(string organizationId, string ticketId) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.TicketId, ticketId));

    public static FilterDefinition<BsonDocument> ForTickets(string organizationId, IEnumerable<string> ticketIds) =>
        OrganizationFilter.Where(organizationId, Filter.In(Fields.TicketId, ticketIds));
}
