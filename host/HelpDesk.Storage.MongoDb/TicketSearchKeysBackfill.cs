using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Gives the tickets a host before text search stored their <c>searchKeys</c>, so a text filter finds them too. The
/// initializer runs it on every start, which makes it also cover tickets an older host wrote during a rolling upgrade;
/// once every ticket has keys it only reads. Several hosts may run it at once: an update applies only while the ticket
/// still has no keys. In the same pass over the organisations it runs <see cref="TicketPriorityKeysBackfill"/>.
/// </summary>
internal static class TicketSearchKeysBackfill
{
    private const int BatchSize = 500;

    private static ProjectionDefinition<BsonDocument> Texts { get; } =
        Builders<BsonDocument>.Projection.Include(Fields.Id).Include(Fields.Subject).Include(Fields.Description);

    /// <returns>The number of keys given: search keys and priority keys, each ticket counted once for each.</returns>
    public static async Task<long> RunAsync(IMongoCollection<BsonDocument> tickets, CancellationToken cancellationToken)
    {
        // The organisations that hold tickets (a distinct scan of the organisation index); each is then filled within its own scope.
        using var organizations = await tickets.DistinctAsync<string>(
            Fields.OrganizationId, FilterDefinition<BsonDocument>.Empty, cancellationToken: cancellationToken);
        long filled = 0;
        foreach (var organizationId in (await organizations.ToListAsync(cancellationToken)).Where(o => !string.IsNullOrEmpty(o)))
        {
            filled += await FillAsync(tickets, organizationId, cancellationToken);
            filled += await TicketPriorityKeysBackfill.FillAsync(tickets, organizationId, cancellationToken);
        }

        return filled;
    }

    /// <summary>The update that stores the keys of a stored ticket's subject and description.</summary>
    public static UpdateDefinition<BsonDocument> SetKeys(BsonDocument stored)
    {
        var keys = TicketDocuments.SearchKeysOf(Text(stored, Fields.Subject), Text(stored, Fields.Description));
        return new BsonDocument("$set", new BsonDocument(Fields.SearchKeys, keys));
    }

    private static async Task<long> FillAsync(IMongoCollection<BsonDocument> tickets, string organizationId, CancellationToken cancellationToken)
    {
        long filled = 0;
        var updates = new List<WriteModel<BsonDocument>>();
        using var cursor = await tickets.Find(TicketFilters.WithoutSearchKeys(organizationId)).Project(Texts).ToCursorAsync(cancellationToken);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var stored in cursor.Current)
            {
                var ticketId = stored[Fields.Id][Fields.KeyId].AsString;
                updates.Add(new UpdateOneModel<BsonDocument>(TicketFilters.WithoutSearchKeys(organizationId, ticketId), SetKeys(stored)));
            }

            if (updates.Count >= BatchSize)
            {
                filled += await WriteAsync(tickets, updates, cancellationToken);
            }
        }

        return filled + await WriteAsync(tickets, updates, cancellationToken);
    }

    private static async Task<long> WriteAsync(IMongoCollection<BsonDocument> tickets, List<WriteModel<BsonDocument>> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return 0;
        }

        var result = await tickets.BulkWriteAsync(updates, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
        updates.Clear();
        return result.ModifiedCount;
    }

    /// <summary>A text field as stored; the keys leave out one that is missing or not text rather than failing the start.</summary>
    private static string? Text(BsonDocument stored, string name) =>
        stored.TryGetValue(name, out var value) && value.IsString ? value.AsString : null;
}
