using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Shorthands that keep the stores' SQL readable.</summary>
internal static class SqliteCommandExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// Like <see cref="Command"/>, for fixed SQL run on every request: the connection keeps it prepared. Never for
    /// SQL built from values or of varying shape.
    /// </summary>
    public static SqliteCommand Prepared(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null) =>
        PreparedCommands.Rent(connection, sql, transaction);

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Adds one parameter per value and returns their names, comma-separated, for an <c>IN (…)</c> list.</summary>
    public static string WithList(this SqliteCommand command, string prefix, IEnumerable<string> values) =>
        string.Join(", ", values.Select((value, i) =>
        {
            command.With($"{prefix}{i}", value);
            return $"{prefix}{i}";
        }));

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Reads the document in the first column of every row.</summary>
    /// <typeparam name="T">The documents' type.</typeparam>
    /// <param name="command">The query.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The documents, in row order.</returns>
    public static async Task<List<T>> ReadDocumentsAsync<T>(this SqliteCommand command, CancellationToken cancellationToken)
    {
        var documents = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(DocumentAt<T>(reader));
        }

        return documents;
    }

    /// <summary>Reads a page of documents from a query asking for one row more than the page holds.</summary>
    /// <typeparam name="T">The documents' type.</typeparam>
    /// <param name="command">The query, with <c>LIMIT</c> one above <paramref name="limit"/>.</param>
    /// <param name="limit">How many documents the page holds.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page's documents, and whether a row followed them (that row is not read as a document).</returns>
    public static async Task<(List<T> Items, bool HasMore)> ReadDocumentPageAsync<T>(this SqliteCommand command, int limit, CancellationToken cancellationToken)
    {
        var documents = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (documents.Count == limit)
            {
                return (documents, true);
            }

            documents.Add(DocumentAt<T>(reader));
        }

        return (documents, false);
    }

    /// <summary>Reads the document in the first column of the first row.</summary>
    /// <typeparam name="T">The document's type.</typeparam>
    /// <param name="command">The query.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, or <see langword="null"/> when there is no row.</returns>
    public static async Task<T?> ReadDocumentAsync<T>(this SqliteCommand command, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? DocumentAt<T>(reader) : null;
    }

    /// <summary>Reads the UTF-8 text in the first column of the first row, as stored.</summary>
    /// <param name="command">The query.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The text, or <see langword="null"/> when there is no row.</returns>
    public static async Task<byte[]?> ReadUtf8Async(this SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<byte[]>(0) : null;
    }

    // The column's UTF-8 text as stored: no string to decode and the serializer to encode again.
    private static T DocumentAt<T>(SqliteDataReader reader) => StoreJson.Deserialize<T>(reader.GetFieldValue<byte[]>(0));

    /// <summary>Reads the first column of every row as text (the stores keep documents there).</summary>
    public static async Task<List<string>> ReadStringsAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
