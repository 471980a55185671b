using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The filters an erasure uses to find a contact's tickets and what was written on them.</summary>
internal static class ErasureFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    public static FilterDefinition<BsonDocument> TicketsOfContact(string organizationId, string contactId) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.ContactId, contactId));

    public static FilterDefinition<BsonDocument> OnTickets(string organizationId, IEnumerable<string> ticketIds) =>
        OrganizationFilter.Where(organizationId, Filter.In(Fields.TicketId, ticketIds));

    /// <summary>One stored document by its <c>_id</c>, within the organisation.</summary>
    public static FilterDefinition<BsonDocument> Stored(string organizationId, BsonValue storedId) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.Id, storedId));
}
