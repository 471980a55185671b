using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Filters and orders of interactions, all within one organisation.</summary>
internal static class InteractionFilters
{
    /// <summary>The element of the interaction's start.</summary>
    public const string StartedAt = "startedAt";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    public static FilterDefinition<BsonDocument> OfTickets(string organizationId, IEnumerable<string> ticketIds) =>
        OrganizationFilter.Where(organizationId, Filter.In(Fields.TicketId, ticketIds.Distinct(StringComparer.Ordinal)));

    public static FilterDefinition<BsonDocument> OnHold(string organizationId) =>
        OrganizationFilter.Where(organizationId, Filter.Exists(InteractionDocuments.OnHoldSince));

    /// <summary>Gets the order of the hold queue: first put on hold, first served.</summary>
    public static SortDefinition<BsonDocument> LongestWaitingFirst { get; } =
        Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(InteractionDocuments.OnHoldSince)).Ascending(Fields.EntityId);

    /// <summary>Gets the order of a ticket's interactions: oldest started first.</summary>
    public static SortDefinition<BsonDocument> OldestFirst { get; } =
        Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(StartedAt)).Ascending(Fields.EntityId);
}
