using HelpDesk.Storage.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>Store calls share open connections; a call that failed must not hand its state to the next one.</summary>
public sealed class ConnectionReuseTests : IDisposable
{
    private const string Insert = "INSERT INTO plugin_data (organization_id, plugin_id, key, value) VALUES ('org-a', 'p', @key, 'v');";
    private const string Count = "SELECT COUNT(*) FROM plugin_data;";

    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_write_that_fails_half_way_leaves_nothing_behind_for_the_calls_after_it()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        await host.OpenInitializedAsync();
        var database = host.Services.GetRequiredService<SqliteDatabase>();

        for (var i = 0; i < 40; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync<int>(
                async (connection, transaction) =>
                {
                    await using var command = connection.Command(Insert, transaction).With("@key", $"lost-{i}");
                    await command.ExecuteNonQueryAsync(Ct);
                    throw new InvalidOperationException("the call fails after its first statement");
                },
                Ct));
        }

        var written = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(Insert, transaction).With("@key", "kept");
                return await command.ExecuteNonQueryAsync(Ct);
            },
            Ct);

        Assert.Equal(1, written);
        Assert.Equal(1L, await CountAsync(database));
    }

    [Fact]
    public async Task A_read_that_fails_does_not_pass_its_connection_on()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        await host.OpenInitializedAsync();
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        var first = await database.ReadAsync(Task.FromResult, Ct);
        var second = await database.ReadAsync(Task.FromResult, Ct);

        SqliteConnection? failed = null;
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.ReadAsync<int>(
            connection =>
            {
                failed = connection;
                throw new InvalidOperationException("the read fails");
            },
            Ct));
        var after = await database.ReadAsync(Task.FromResult, Ct);

        Assert.Same(first, second);
        Assert.Same(second, failed);
        Assert.NotSame(failed, after);
        Assert.Equal(System.Data.ConnectionState.Closed, failed!.State);
    }

    [Fact]
    public async Task Letting_go_of_the_store_closes_every_connection_and_folds_the_log_into_the_file()
    {
        var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        var ports = await host.OpenInitializedAsync();
        var ticket = Samples.Ticket("org-a", 1);
        await ports.Tickets.InsertAsync(ticket, null, [Samples.Opened(ticket)], Ct);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ports.Tickets.FindAsync("org-a", ticket.Id, Ct)));
        Assert.True(File.Exists(folder.DatabasePath + "-wal"));

        await host.DisposeAsync();

        // SQLite removes the write-ahead log when its last connection closes.
        Assert.False(File.Exists(folder.DatabasePath + "-wal"));
    }

    [Fact]
    public async Task A_statement_kept_prepared_gives_fresh_answers_and_holds_no_read_open_afterwards()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        var ports = await host.OpenInitializedAsync();
        var first = Samples.Ticket("org-a", 1);
        var second = Samples.Ticket("org-a", 2);
        await ports.Tickets.InsertAsync(first, null, [Samples.Opened(first)], Ct);

        var found = await ports.Tickets.FindAsync("org-a", first.Id, Ct);
        var missing = await ports.Tickets.FindAsync("org-a", second.Id, Ct);
        await ports.Tickets.InsertAsync(second, null, [Samples.Opened(second)], Ct);
        var foundLater = await ports.Tickets.FindAsync("org-a", second.Id, Ct);

        Assert.Equal(first.Id, found?.Id);
        Assert.Null(missing);
        Assert.Equal(second.Id, foundLater?.Id);

        // A statement left stepping would keep its connection's read snapshot, and the log could not be emptied.
        await using var raw = await host.Services.GetRequiredService<SqliteDatabase>().OpenAsync(Ct);
        await using var checkpoint = raw.Command("PRAGMA wal_checkpoint(TRUNCATE);");
        await using var reader = await checkpoint.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal(0L, reader.GetInt64(0));
    }

    [Fact]
    public async Task The_same_statement_twice_at_once_on_one_connection_runs_both()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        await host.OpenInitializedAsync();
        var database = host.Services.GetRequiredService<SqliteDatabase>();

        var counts = await database.ReadAsync(
            async connection =>
            {
                await using var outer = connection.Prepared(Count);
                await using var inner = connection.Prepared(Count);
                return ((long)(await outer.ExecuteScalarAsync(Ct))!, (long)(await inner.ExecuteScalarAsync(Ct))!, ReferenceEquals(outer, inner));
            },
            Ct);

        Assert.Equal((0L, 0L, false), counts);
    }

    private static Task<long> CountAsync(SqliteDatabase database) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command(Count);
                return (long)(await command.ExecuteScalarAsync(Ct))!;
            },
            Ct);

    public void Dispose() => folder.Dispose();
}
