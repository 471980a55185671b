using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Per-organisation counters (<c>{ organizationId, name, value }</c>), taken with one atomic
/// <c>findAndModify</c>: <c>$inc</c> with upsert, returning the value after.
/// </summary>
internal static class Counters
{
    /// <summary>The counter ticket numbers are taken from; numbers are never reused.</summary>
    public const string TicketNumber = "ticketNumber";

    /// <summary>The counter event sequence numbers are taken from, inside the transaction that appends the events.</summary>
    public const string EventSequence = "eventSequence";

    /// <summary>Upsert and return the new value; the filter matches the unique index exactly, so the server retries a racing first upsert.</summary>
    public static FindOneAndUpdateOptions<BsonDocument> TakeOptions { get; } = new()
    {
        IsUpsert = true,
        ReturnDocument = ReturnDocument.After,
    };

    public static FilterDefinition<BsonDocument> Named(string organizationId, string name) =>
        OrganizationFilter.Where(organizationId, Builders<BsonDocument>.Filter.Eq(Fields.Name, name));

    public static UpdateDefinition<BsonDocument> Increment(long by) => Builders<BsonDocument>.Update.Inc(Fields.Value, by);

    public static long ValueOf(BsonDocument counter) => counter[Fields.Value].ToInt64();
}
