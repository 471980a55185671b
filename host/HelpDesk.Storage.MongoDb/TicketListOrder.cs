using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// The sort of a ticket list and the condition that starts a page after a position (keyset paging), each a range of one
/// index: <c>ux_tickets_number</c>, <c>ix_tickets_updated_order</c> or <c>ix_tickets_priority_order</c>.
/// </summary>
internal static class TicketListOrder
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    private static SortDefinitionBuilder<BsonDocument> Sort => Builders<BsonDocument>.Sort;

    private static string UpdatedTicks => Fields.UtcTicks(Fields.UpdatedAt);

    /// <summary>The query's order and direction, ties broken by number.</summary>
    public static SortDefinition<BsonDocument> Of(TicketQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.OrderBy switch
        {
            TicketSort.Number => Direction(query, Fields.Number),
            TicketSort.UpdatedAt => Sort.Combine(Direction(query, UpdatedTicks), Direction(query, Fields.Number)),

            // The key already orders by rank, then number.
            TicketSort.Priority => Direction(query, TicketDocuments.PriorityKey),
            _ => throw Unknown(query.OrderBy),
        };
    }

    /// <summary>Adds the condition of the tickets past the query's start position, in the direction of its order; nothing at the beginning.</summary>
    public static void AddStartAfter(List<FilterDefinition<BsonDocument>> conditions, TicketQuery query)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(query);
        if (query.StartsAfter() is not { } position)
        {
            return;
        }

        switch (query.OrderBy)
        {
            case TicketSort.Number:
                AddPast(conditions, query, Fields.Number, position.Number);
                break;
            case TicketSort.UpdatedAt:
                // The time bounds the index range; of the tickets changed at that very tick, $nor leaves out those up to the
                // position's number. (An $or of the two cases would sit at the top level, beside the organisation, where
                // the store's filters never put one.)
                conditions.Add(query.Descending ? Filter.Lte(UpdatedTicks, position.Key) : Filter.Gte(UpdatedTicks, position.Key));
                conditions.Add(Filter.Not(Filter.And(
                    Filter.Eq(UpdatedTicks, position.Key),
                    query.Descending ? Filter.Gte(Fields.Number, position.Number) : Filter.Lte(Fields.Number, position.Number))));
                break;
            case TicketSort.Priority:
                AddPast(conditions, query, TicketDocuments.PriorityKey, TicketPriorityOrder.KeyOf(position.Key, position.Number));
                break;
            default:
                throw Unknown(query.OrderBy);
        }
    }

    private static SortDefinition<BsonDocument> Direction(TicketQuery query, string field) =>
        query.Descending ? Sort.Descending(field) : Sort.Ascending(field);

    private static void AddPast(List<FilterDefinition<BsonDocument>> conditions, TicketQuery query, string field, long value) =>
        conditions.Add(query.Descending ? Filter.Lt(field, value) : Filter.Gt(field, value));

    private static ArgumentOutOfRangeException Unknown(TicketSort sort) => new(nameof(sort), sort, "Unknown ticket order.");
}
