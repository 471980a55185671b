using System.Globalization;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// Creates the file, switches it to WAL, creates what is missing of the schema and upgrades an older file in place, all
/// in one transaction; safe to run on every start and from several processes.
/// </summary>
internal sealed class SqliteSchemaInitializer(SqliteDatabase database) : IStoreInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            // WAL is a property of the file, not of a connection, and cannot be switched inside a transaction.
            await using var walCommand = connection.Command("PRAGMA journal_mode = WAL;");
            var mode = Convert.ToString(await walCommand.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"The database file '{database.FilePath}' cannot use write-ahead logging (journal mode stayed '{mode}'); put it on a local disk.");
            }

            await using var versionCommand = connection.Command("PRAGMA user_version;");
            var found = Convert.ToInt32(await versionCommand.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (found > Schema.Version)
            {
                throw new InvalidOperationException(
                    $"The database file '{database.FilePath}' has schema version {found}, written by a newer host; this host knows up to version {Schema.Version}.");
            }
        }

        await database.WriteAsync(
            async (connection, transaction) =>
            {
                // Read again under the write lock: another process may have upgraded the file since the check above.
                await using var versionCommand = connection.Command("PRAGMA user_version;", transaction);
                var found = Convert.ToInt32(await versionCommand.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                await using var create = connection.Command(Schema.Statements, transaction);
                await create.ExecuteNonQueryAsync(cancellationToken);
                await SchemaUpgrades.ApplyAsync(connection, transaction, found, cancellationToken);

                // PRAGMA takes no parameters; the value is our own constant.
                await using var stamp = connection.Command($"PRAGMA user_version = {Schema.Version};", transaction);
                return await stamp.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }
}
