using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Filters and updates of survey invitations and responses, all within one organisation.</summary>
internal static class SurveyFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    public static FilterDefinition<BsonDocument> OfTickets(string organizationId, IEnumerable<string> ticketIds) =>
        OrganizationFilter.Where(organizationId, Filter.In(Fields.TicketId, ticketIds.Distinct(StringComparer.Ordinal)));

    public static FilterDefinition<BsonDocument> Unanswered(string organizationId, string invitationId) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.Id, StoredKeys.Of(organizationId, invitationId)), Filter.Eq(SurveyClassMaps.AnsweredAt, BsonNull.Value));

    public static UpdateDefinition<BsonDocument> Answer(DateTimeOffset answeredAt) =>
        Builders<BsonDocument>.Update.Set(SurveyClassMaps.AnsweredAt, answeredAt.ToBsonDocument(DateTimeOffsetDocumentSerializer.Instance));

    public static SortDefinition<BsonDocument> OldestFirst { get; } =
        Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(Fields.CreatedAt)).Ascending(Fields.EntityId);
}
