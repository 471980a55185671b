using BenchmarkDotNet.Attributes;
using HelpDesk.Benchmarks.Setup;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Benchmarks.Micro;

/// <summary>
/// The embedded store's read of one ticket by id, the read behind the HTTP figure's <c>ticket(id)</c>: through the
/// store's port, against the same row read with one prepared Microsoft.Data.Sqlite command kept open on its own
/// connection (the least a read of the file can cost through the driver), and with the SQLite library's own calls.
/// </summary>
[MemoryDiagnoser]
public class StoreReadBenchmarks
{
    private const int ReadsPerRun = 64;
    private EngineHost engine = null!;
    private ITicketStore store = null!;
    private SqliteConnection connection = null!;
    private SqliteCommand command = null!;
    private SQLitePCL.sqlite3_stmt raw = null!;
    private string ticketId = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        engine = await EngineHost.StartAsync();
        store = engine.Services.GetRequiredService<ITicketStore>();
        var now = DateTimeOffset.UtcNow;
        ticketId = "bench-read";
        var ticket = new Ticket
        {
            Id = ticketId, OrganizationId = EngineHost.OrganizationId, Number = 1, Subject = "Cannot log in: password expired",
            Priority = TicketPriority.High, Tags = [new Tag { Name = "service:access" }, new Tag { Name = "priority:high" }], CreatedAt = now, UpdatedAt = now,
        };
        await store.InsertAsync(ticket, null, [], CancellationToken.None);

        connection = new SqliteConnection($"Data Source={engine.StoreFile}");
        await connection.OpenAsync();
        command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM tickets WHERE organization_id = @organization_id AND id = @value;";
        command.Parameters.AddWithValue("@organization_id", EngineHost.OrganizationId);
        command.Parameters.AddWithValue("@value", ticketId);
        command.Prepare();
        SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, command.CommandText, out raw);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        raw.Dispose();
        command.Dispose();
        await connection.DisposeAsync();
        await engine.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ReadsPerRun)]
    public async Task<int> PreparedDriverRead()
    {
        var bytes = 0;
        for (var i = 0; i < ReadsPerRun; i++)
        {
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                bytes += reader.GetFieldValue<byte[]>(0).Length;
            }
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = ReadsPerRun)]
    public int RawRead()
    {
        var bytes = 0;
        var statement = raw;
        for (var i = 0; i < ReadsPerRun; i++)
        {
            SQLitePCL.raw.sqlite3_reset(statement);
            SQLitePCL.raw.sqlite3_bind_text(statement, 1, EngineHost.OrganizationId);
            SQLitePCL.raw.sqlite3_bind_text(statement, 2, ticketId);
            if (SQLitePCL.raw.sqlite3_step(statement) == SQLitePCL.raw.SQLITE_ROW)
            {
                bytes += SQLitePCL.raw.sqlite3_column_blob(statement, 0).ToArray().Length;
            }

            SQLitePCL.raw.sqlite3_reset(statement);
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = ReadsPerRun)]
    public async Task<int> StoreFind()
    {
        var found = 0;
        for (var i = 0; i < ReadsPerRun; i++)
        {
            found += await store.FindAsync(EngineHost.OrganizationId, ticketId, CancellationToken.None) is null ? 0 : 1;
        }

        return found;
    }
}
