using HelpDesk.Storage.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>What only the SQLite store promises: a real file, WAL, full sync, a versioned schema, clear errors.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_store_writes_one_file_on_disk_in_wal_mode()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        var ports = await host.OpenInitializedAsync();
        var ticket = Samples.Ticket("org-a", 1);
        await ports.Tickets.InsertAsync(ticket, null, [Samples.Opened(ticket)], Ct);

        Assert.True(File.Exists(folder.DatabasePath));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM tickets;"));
    }

    [Fact]
    public async Task Store_connections_sync_every_commit_and_enforce_foreign_keys()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        await using var connection = await host.Services.GetRequiredService<SqliteDatabase>().OpenAsync(Ct);

        // synchronous = 2 is FULL: a commit the API acknowledged is on disk even if the process is killed.
        Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous;"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys;"));
        Assert.Equal(10000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task A_missing_folder_is_created()
    {
        var path = Path.Combine(folder.Path, "data", "desk", "helpdesk.db");
        await using var host = EmbeddedStoreHost.Open(path);

        await host.OpenInitializedAsync();

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Initialising_twice_leaves_one_schema_at_the_current_version()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        var ports = await host.OpenInitializedAsync();
        var tablesBefore = await ScalarAsync("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master ORDER BY name);");

        await ports.Initializer.InitializeAsync(Ct);

        Assert.Equal(tablesBefore, await ScalarAsync("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master ORDER BY name);"));
        Assert.Equal((long)Schema.Version, await ScalarAsync("PRAGMA user_version;"));
    }

    [Fact]
    public async Task Every_index_but_the_api_key_id_and_the_scheduler_queue_starts_with_the_organisation()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        await host.OpenInitializedAsync();
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name, i.name FROM sqlite_master m, pragma_index_info(m.name) i
            WHERE m.type = 'index' AND i.seqno = 0;
            """;
        var firstColumns = new Dictionary<string, string>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                firstColumns[reader.GetString(0)] = reader.GetString(1);
            }
        }

        // The one exception, by design: a key is looked up by its id alone, which is how a request's organisation is found.
        // The second: the scheduler claims due jobs of every organisation – the host's own work queue, never an API read.
        const string apiKeyId = "sqlite_autoindex_api_keys_1";
        const string dueJobs = "ix_scheduled_jobs_due";
        Assert.Equal("id", firstColumns[apiKeyId]);
        Assert.Equal("due_at", firstColumns[dueJobs]);
        Assert.True(firstColumns.Count >= 25, $"Only {firstColumns.Count} indexes were found.");
        Assert.All(firstColumns.Where(index => index.Key is not apiKeyId and not dueJobs), index => Assert.Equal("organization_id", index.Value));
    }

    [Fact]
    public async Task A_file_from_a_newer_schema_is_refused_naming_the_file()
    {
        await using (var host = EmbeddedStoreHost.Open(folder.DatabasePath))
        {
            await host.OpenInitializedAsync();
        }

        await ScalarAsync($"PRAGMA user_version = {Schema.Version + 1};");
        await using var reopened = EmbeddedStoreHost.Open(folder.DatabasePath);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => reopened.OpenInitializedAsync());

        Assert.Contains(folder.DatabasePath, refused.Message, StringComparison.Ordinal);
        Assert.Contains("newer", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_that_cannot_be_created_fails_with_a_message_naming_it_and_the_setting()
    {
        // A file where a folder should be: fails for root too, unlike file permissions.
        var blocker = Path.Combine(folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x", Ct);
        var path = Path.Combine(blocker, "helpdesk.db");
        await using var host = EmbeddedStoreHost.Open(path);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.OpenInitializedAsync());

        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
        Assert.Contains("HelpDesk:Storage:Embedded:Path", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_naming_a_folder_fails_with_a_message_naming_it()
    {
        await using var host = EmbeddedStoreHost.Open(folder.Path);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.OpenInitializedAsync());

        Assert.Contains(folder.Path, failure.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(failure.InnerException);
    }

    public void Dispose() => folder.Dispose();

    private Task<SqliteConnection> OpenRawAsync() => RawSqlite.OpenAsync(folder.DatabasePath);

    private Task<object?> ScalarAsync(string sql) => RawSqlite.ScalarAsync(folder.DatabasePath, sql);

    private static Task<object?> ScalarAsync(SqliteConnection connection, string sql) => RawSqlite.ScalarAsync(connection, sql);
}
