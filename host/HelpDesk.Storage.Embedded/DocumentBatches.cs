namespace HelpDesk.Storage.Embedded;

/// <summary>Reads the documents of an organisation whose column is one of many values, a batch of values per statement.</summary>
internal static class DocumentBatches
{
    // SQLite caps the number of parameters per statement; batch lookups stay well under it.
    private const int ValuesPerQuery = 500;

    /// <param name="database">The database.</param>
    /// <param name="table">The table, one of the store's own names.</param>
    /// <param name="column">The column the values are matched against, one of the store's own names.</param>
    /// <param name="organizationId">The organisation every row must belong to.</param>
    /// <param name="values">The values; duplicates are read once.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The documents, in no particular order across batches.</returns>
    public static async Task<List<T>> ReadAsync<T>(
        SqliteDatabase database, string table, string column, string organizationId, IEnumerable<string> values, CancellationToken cancellationToken)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        return await database.ReadAsync(
            async connection =>
            {
                var documents = new List<T>(distinct.Count);
                foreach (var chunk in distinct.Chunk(ValuesPerQuery))
                {
                    await using var command = connection.Command("").With("@organization_id", organizationId);
                    var list = command.WithList("@value", chunk);
                    command.CommandText = $"SELECT document FROM {table} WHERE organization_id = @organization_id AND {column} IN ({list});";
                    documents.AddRange(await command.ReadDocumentsAsync<T>(cancellationToken));
                }

                return documents;
            },
            cancellationToken);
    }
}
