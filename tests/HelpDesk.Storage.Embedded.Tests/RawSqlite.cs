using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>Opens a database file directly, past the store, to look at (or prepare) what is on disk.</summary>
internal static class RawSqlite
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        return connection;
    }

    public static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        return await ScalarAsync(connection, sql);
    }

    public static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
