using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Gives the tickets a host before priority ordering stored their <c>priorityKey</c>, so lists ordered by priority include
/// them. Runs per organisation with the search key backfill (<see cref="TicketSearchKeysBackfill"/>), on every start; once
/// every ticket has a key it only reads. The server computes each key from the document's own priority and number in
/// one atomic update, so a write racing with it cannot be undone, and several hosts may run it at once.
/// </summary>
internal static class TicketPriorityKeysBackfill
{
    /// <summary>
    /// Gets the update pipeline that sets <c>priorityKey</c> from the stored priority's rank and number, as
    /// <see cref="TicketPriorityOrder.KeyOf"/> does.
    /// </summary>
    public static UpdateDefinition<BsonDocument> SetKey { get; } =
        new PipelineUpdateDefinition<BsonDocument>(new BsonDocument[] { new("$set", new BsonDocument(TicketDocuments.PriorityKey, KeyOfStored())) });

    /// <summary>Gives an organisation's tickets without a priority key theirs.</summary>
    /// <returns>The number of tickets given a key.</returns>
    public static async Task<long> FillAsync(IMongoCollection<BsonDocument> tickets, string organizationId, CancellationToken cancellationToken)
    {
        var result = await tickets.UpdateManyAsync(TicketFilters.WithoutPriorityKey(organizationId), SetKey, cancellationToken: cancellationToken);
        return result.ModifiedCount;
    }

    /// <summary>The key of a stored ticket: the index of its priority among the names, lowest rank first, times the step, plus its number.</summary>
    private static BsonDocument KeyOfStored()
    {
        var names = new BsonArray(TicketPriorityOrder.Ascending.Select(StoredValues.Name));
        var rank = new BsonDocument("$indexOfArray", new BsonArray { names, "$" + Fields.Priority });
        var step = new BsonDocument("$multiply", new BsonArray { rank, TicketPriorityOrder.RankStep });
        return new BsonDocument("$add", new BsonArray { step, "$" + Fields.Number });
    }
}
