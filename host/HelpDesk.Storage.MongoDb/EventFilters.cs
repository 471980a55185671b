using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The filters and order of the <c>events</c> collection, each scoped to one organisation.</summary>
internal static class EventFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    public static SortDefinition<BsonDocument> BySequence { get; } = Builders<BsonDocument>.Sort.Ascending(Fields.Sequence);

    public static FilterDefinition<BsonDocument> After(string organizationId, long afterSequence) =>
        OrganizationFilter.Where(organizationId, Filter.Gt(Fields.Sequence, afterSequence));

    public static FilterDefinition<BsonDocument> ForTicket(string organizationId, string ticketId) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.TicketId, ticketId));
}
