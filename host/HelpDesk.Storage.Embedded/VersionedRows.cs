using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// Writes of one table of versioned documents (a <c>version</c> column, key organisation and id): an insert, or an update
/// guarded by the version read, each with its events in the same transaction, published once committed.
/// </summary>
/// <param name="database">The database.</param>
/// <param name="feed">Where committed events are published.</param>
/// <param name="table">The table, one of the store's own names.</param>
/// <param name="entity">What a row is, for error messages (for example <c>transfer request</c>).</param>
internal sealed class VersionedRows(SqliteDatabase database, InProcessEventFeed feed, string table, string entity)
{
    /// <summary>Inserts a row (its columns include <c>organization_id</c>, <c>id</c> and <c>version</c>) with its events.</summary>
    public async Task InsertAsync(string organizationId, IReadOnlyList<(string Column, object? Value)> row, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(events);
        var sql = $"INSERT INTO {table} ({string.Join(", ", row.Select(c => c.Column))}) VALUES ({string.Join(", ", row.Select(c => "@" + c.Column))});";
        var stored = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Bind(connection.Command(sql, transaction), row);
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    throw new DuplicateKeyException(entity, "id");
                }

                return await EventRows.AppendAsync(connection, transaction, organizationId, events, cancellationToken);
            },
            cancellationToken);
        feed.Publish(stored);
    }

    /// <summary>Replaces a row if its version is still the one read, with its events.</summary>
    /// <exception cref="ConcurrencyConflictException">The row changed or is gone.</exception>
    public async Task UpdateAsync(
        string organizationId, string id, int expectedVersion, IReadOnlyList<(string Column, object? Value)> row, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(events);
        var assignments = string.Join(", ", row.Where(c => c.Column is not ("organization_id" or "id")).Select(c => $"{c.Column} = @{c.Column}"));
        var sql = $"UPDATE {table} SET {assignments} WHERE organization_id = @organization_id AND id = @id AND version = @expected_version;";
        var stored = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Bind(connection.Command(sql, transaction), row).With("@expected_version", expectedVersion);
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new ConcurrencyConflictException(entity, id, expectedVersion);
                }

                return await EventRows.AppendAsync(connection, transaction, organizationId, events, cancellationToken);
            },
            cancellationToken);
        feed.Publish(stored);
    }

    /// <summary>Reads the documents of rows matching a condition on the store's own columns, in the given order.</summary>
    public Task<IReadOnlyList<T>> ListAsync<T>(string organizationId, string where, string orderBy, int limit, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(parameters);
        return database.ReadAsync<IReadOnlyList<T>>(
            async connection =>
            {
                await using var command = connection.Command(
                    $"SELECT document FROM {table} WHERE organization_id = @organization_id {where} ORDER BY {orderBy} LIMIT @limit;")
                    .With("@organization_id", organizationId)
                    .With("@limit", limit);
                foreach (var (name, value) in parameters)
                {
                    command.With(name, value);
                }

                return await command.ReadDocumentsAsync<T>(cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Finds the document of a row.</summary>
    public async Task<T?> FindAsync<T>(string organizationId, string id, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await DocumentBatches.ReadAsync<T>(database, table, "id", organizationId, [id], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private static SqliteCommand Bind(SqliteCommand command, IReadOnlyList<(string Column, object? Value)> row)
    {
        foreach (var (column, value) in row)
        {
            command.With("@" + column, value);
        }

        return command;
    }
}
