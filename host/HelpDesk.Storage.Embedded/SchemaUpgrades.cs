using HelpDesk.Sdk.Domain;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// The steps that cannot be written as <c>IF NOT EXISTS</c>: each runs once, in the initializer's write transaction, on a
/// file below its version, so a failure leaves the file as it was.
/// </summary>
internal static class SchemaUpgrades
{
    private const int FillBatchSize = 500;

    /// <param name="connection">The connection of the write transaction.</param>
    /// <param name="transaction">The transaction that also stamps the new version.</param>
    /// <param name="foundVersion">The version the file had, read inside the transaction.</param>
    /// <param name="cancellationToken">Cancels the upgrade.</param>
    public static async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, int foundVersion, CancellationToken cancellationToken)
    {
        if (foundVersion < 3)
        {
            await using var alter = connection.Command(Schema.Version3, transaction);
            await alter.ExecuteNonQueryAsync(cancellationToken);
            await FillTicketSearchKeysAsync(connection, transaction, cancellationToken);
        }
    }

    /// <summary>Fills the search keys of the tickets an older host wrote, reading each document as the store does, a batch at a time.</summary>
    private static async Task FillTicketSearchKeysAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var update = connection.Command(
            "UPDATE tickets SET subject_key = @subject_key, description_key = @description_key WHERE rowid = @rowid;", transaction);
        var after = long.MinValue;
        while (true)
        {
            var batch = await ReadBatchAsync(connection, transaction, after, cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var (rowId, document) in batch)
            {
                update.Parameters.Clear();
                await update.WithSearchKeys(StoreJson.Deserialize<Ticket>(document)).With("@rowid", rowId).ExecuteNonQueryAsync(cancellationToken);
            }

            after = batch[^1].RowId;
        }
    }

    private static async Task<List<(long RowId, string Document)>> ReadBatchAsync(
        SqliteConnection connection, SqliteTransaction transaction, long after, CancellationToken cancellationToken)
    {
        await using var read = connection.Command("SELECT rowid, document FROM tickets WHERE rowid > @after ORDER BY rowid LIMIT @limit;", transaction)
            .With("@after", after)
            .With("@limit", FillBatchSize);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var batch = new List<(long RowId, string Document)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return batch;
    }
}
