using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// Versioned JSON documents of one organisation-scoped kind (contacts, assets): found by id or a unique column, listed by
/// id a page at a time, inserted once and replaced by compare-and-swap on their version.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed class DirectoryTable<T>
    where T : class
{
    private readonly SqliteDatabase database;
    private readonly DirectoryTableMap<T> map;
    private readonly string insertSql;
    private readonly string updateSql;

    public DirectoryTable(SqliteDatabase database, DirectoryTableMap<T> map)
    {
        this.database = database;
        this.map = map;
        var columns = map.Columns.Select(c => c.Name).ToList();
        insertSql = $"""
            INSERT INTO {map.Table} (organization_id, id, version, document, {string.Join(", ", columns)})
            VALUES (@organization_id, @id, @version, @document, {string.Join(", ", columns.Select(c => "@" + c))});
            """;

        // Compare-and-swap: the row changes only if it still has the version the caller read.
        updateSql = $"""
            UPDATE {map.Table} SET version = @version, document = @document, {string.Join(", ", columns.Select(c => $"{c} = @{c}"))}
            WHERE organization_id = @organization_id AND id = @id AND version = @expected_version;
            """;
    }

    public Task<T?> FindAsync(string organizationId, string id, CancellationToken cancellationToken) =>
        FindByAsync(organizationId, "id", id, cancellationToken);

    /// <param name="organizationId">The organisation.</param>
    /// <param name="column">A column that is unique per organisation, one of the schema's own names.</param>
    /// <param name="value">The value, compared exactly.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<T?> FindByAsync(string organizationId, string column, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(value);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection
                    .Command($"SELECT document FROM {map.Table} WHERE organization_id = @organization_id AND {column} = @value;")
                    .With("@organization_id", organizationId)
                    .With("@value", value);
                return await command.ReadDocumentAsync<T>(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<T>> FindManyAsync(string organizationId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ids);
        return await DocumentBatches.ReadAsync<T>(database, map.Table, "id", organizationId, ids, cancellationToken);
    }

    public Task<Page<T>> ListAsync(string organizationId, DirectoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query));
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command("");
                var where = DirectoryQuerySql.Where(command, organizationId, query, map.SearchColumns, map.OwnerColumn);

                // Keyset paging on the primary key; one row more than asked tells whether another page follows.
                command.CommandText = $"SELECT document FROM {map.Table} WHERE {where} ORDER BY id LIMIT @limit;";
                command.With("@limit", (long)query.Limit + 1);
                var (items, hasMore) = await command.ReadDocumentPageAsync<T>(query.Limit, cancellationToken);
                return new Page<T>(items, hasMore);
            },
            cancellationToken);
    }

    public Task InsertAsync(T entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (map.VersionOf(entry) != 1)
        {
            throw new ArgumentException($"A new {map.Entity} has version 1; '{map.IdOf(entry)}' has version {map.VersionOf(entry)}.", nameof(entry));
        }

        return WriteAsync(insertSql, entry, expectedVersion: 0, cancellationToken);
    }

    public async Task UpdateAsync(T entry, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (map.VersionOf(entry) != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"The new state of {map.Entity} '{map.IdOf(entry)}' must have version {expectedVersion + 1}; it has {map.VersionOf(entry)}.", nameof(entry));
        }

        if (await WriteAsync(updateSql, entry, expectedVersion, cancellationToken) == 0)
        {
            throw new ConcurrencyConflictException(map.Entity, map.IdOf(entry), expectedVersion);
        }
    }

    /// <summary>Replaces an entry at the expected version inside a write transaction the caller holds.</summary>
    /// <returns>The rows changed: 0 when the entry moved on or is gone.</returns>
    public Task<int> UpdateAsync(SqliteConnection connection, SqliteTransaction transaction, T entry, int expectedVersion, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, updateSql, entry, expectedVersion, cancellationToken);

    private Task<int> WriteAsync(string sql, T entry, int expectedVersion, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction, sql, entry, expectedVersion, cancellationToken), cancellationToken);

    private async Task<int> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, T entry, int expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction)
            .With("@organization_id", map.OrganizationIdOf(entry))
            .With("@id", map.IdOf(entry))
            .With("@version", map.VersionOf(entry))
            .With("@expected_version", expectedVersion)
            .With("@document", StoreJson.Serialize(entry));
        foreach (var column in map.Columns)
        {
            command.With("@" + column.Name, column.Value(entry));
        }

        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException exception) when (UniqueViolation.Is(exception))
        {
            throw new DuplicateKeyException(map.Entity, UniqueViolation.KeyOf(exception));
        }
    }
}
