using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Filters and orders of transfer requests and messages, all within one organisation.</summary>
internal static class HandoffFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    public static FilterDefinition<BsonDocument> TransferRequests(string organizationId, TransferRequestFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        List<FilterDefinition<BsonDocument>> conditions = [];
        if (filter.TicketId is { } ticketId)
        {
            conditions.Add(Filter.Eq(Fields.TicketId, ticketId));
        }

        if (filter.To is { } to)
        {
            conditions.Add(Filter.Eq(HandoffDocuments.ToKey, AddresseeKey.Of(to)));
        }

        if (filter.Status is { } status)
        {
            conditions.Add(Filter.Eq(Fields.Status, status.ToString()));
        }

        return OrganizationFilter.Where(organizationId, [.. conditions]);
    }

    public static FilterDefinition<BsonDocument> Messages(string organizationId, MessageFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var forKey = Filter.Eq(HandoffDocuments.ForKey, AddresseeKey.Of(filter.For));
        return filter.Status is { } status
            ? OrganizationFilter.Where(organizationId, forKey, Filter.Eq(Fields.Status, status.ToString()))
            : OrganizationFilter.Where(organizationId, forKey);
    }

    /// <summary>Gets the order of transfer requests: oldest requested first.</summary>
    public static SortDefinition<BsonDocument> OldestRequestFirst { get; } =
        Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(TransferClassMaps.RequestedAt)).Ascending(Fields.EntityId);

    /// <summary>Gets the order of messages: oldest call first.</summary>
    public static SortDefinition<BsonDocument> OldestCallFirst { get; } =
        Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(MessageClassMaps.CalledAt)).Ascending(Fields.EntityId);
}
