using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// The durability every store operation runs with, set explicitly rather than taken from the connection string.
/// </summary>
internal static class StoreConcerns
{
    /// <summary>Acknowledged once a majority of the replica set has the write in its journal: it survives a failover and a crash.</summary>
    public static WriteConcern Writes { get; } = WriteConcern.WMajority.With(journal: true);

    /// <summary>Reads return only majority-committed data, which a failover cannot roll back; on the primary they see every acknowledged write.</summary>
    public static ReadConcern Reads { get; } = ReadConcern.Majority;

    /// <summary>
    /// Ticket writes and their events commit together. Snapshot reads inside the transaction see one point in time;
    /// the commit waits for the same majority journal as single writes.
    /// </summary>
    public static TransactionOptions Transactions { get; } = new(
        readConcern: ReadConcern.Snapshot,
        readPreference: ReadPreference.Primary,
        writeConcern: Writes);
}
