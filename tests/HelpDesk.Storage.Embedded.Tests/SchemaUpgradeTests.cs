using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>A file written by a host of an older schema version is upgraded in place, keeping its data.</summary>
public sealed class SchemaUpgradeTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_version_1_file_gets_the_new_tables_and_keeps_its_tickets()
    {
        var ticket = Samples.Ticket("org-a", 1);
        await WriteOlderFileAsync(1, ticket);
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);

        var ports = await host.OpenInitializedAsync();

        Assert.Equal((long)Schema.Version, await ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(ticket.Subject, (await ports.Tickets.FindAsync("org-a", ticket.Id, Ct))!.Subject);
        var note = NoteSamples.Note(ticket, "n-1", Samples.Now);
        await ports.Tickets.UpdateAsync(ticket with { Version = 2 }, 1, [NoteSamples.Noted(note)], [note], Ct);
        await ports.Contacts.InsertAsync(DirectorySamples.Contact("org-a", "c-1"), Ct);
        await ports.Assets.InsertAsync(DirectorySamples.Asset("org-a", "a-1"), Ct);
        await ports.ApiKeys.InsertAsync(ApiKeySamples.Key("org-a", "k-1", Samples.Now), Ct);
        Assert.Single(await ports.Notes.ListAsync("org-a", ticket.Id, Ct));
        Assert.NotNull(await ports.Contacts.FindAsync("org-a", "c-1", Ct));
        Assert.NotNull(await ports.Assets.FindAsync("org-a", "a-1", Ct));
        Assert.NotNull(await ports.ApiKeys.FindAsync("k-1", Ct));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Tickets_of_an_older_file_are_found_by_text_and_change_time_after_the_upgrade(int version)
    {
        var described = Samples.Ticket("org-a", 1) with { Description = "Toner ÜBER 50% leer" };
        var later = Samples.Ticket("org-a", 2);
        await WriteOlderFileAsync(version, described, later);
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);

        var tickets = (await host.OpenInitializedAsync()).Tickets;

        Assert.Equal((long)Schema.Version, await ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM tickets WHERE subject_key IS NULL OR description_key IS NULL;"));
        Assert.Equal(2, await tickets.CountAsync("org-a", new TicketFilter { Text = "PRINTER" }, Ct));
        Assert.Equal(1, await tickets.CountAsync("org-a", new TicketFilter { Text = "über 50%" }, Ct));
        Assert.Equal(1, await tickets.CountAsync("org-a", new TicketFilter { UpdatedAfter = described.UpdatedAt }, Ct));
    }

    [Fact]
    public async Task Initialising_an_upgraded_file_again_changes_nothing()
    {
        await WriteOlderFileAsync(2, Samples.Ticket("org-a", 1));
        await using (var first = EmbeddedStoreHost.Open(folder.DatabasePath))
        {
            await first.OpenInitializedAsync();
        }

        await using var second = EmbeddedStoreHost.Open(folder.DatabasePath);
        var tickets = (await second.OpenInitializedAsync()).Tickets;

        Assert.Equal((long)Schema.Version, await ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(1, await tickets.CountAsync("org-a", new TicketFilter { Text = "jammed" }, Ct));
    }

    public void Dispose() => folder.Dispose();

    /// <summary>Writes a file as a host of an older version left it: only that version's tables, the tickets' rows, its user_version.</summary>
    private async Task WriteOlderFileAsync(int version, params Ticket[] tickets)
    {
        await using (var connection = await RawSqlite.OpenAsync(folder.DatabasePath))
        {
            var statements = version == 1 ? Schema.Version1 : Schema.Version1 + Schema.Version2;
            await RawSqlite.ScalarAsync(connection, $"{statements}PRAGMA user_version = {version};");
            foreach (var ticket in tickets)
            {
                await InsertOlderRowAsync(connection, ticket);
            }
        }

        Assert.Equal((long)version, await ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM pragma_table_info('tickets') WHERE name = 'subject_key';"));
    }

    /// <summary>A ticket row with the columns versions 1 and 2 had, as their writer filled them.</summary>
    private static async Task InsertOlderRowAsync(SqliteConnection connection, Ticket ticket)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO tickets (organization_id, id, number, status, priority, created_at, updated_at, version, document)
            VALUES (@organization_id, @id, @number, @status, @priority, @created_at, @updated_at, @version, @document);
            """;
        command.Parameters.AddWithValue("@organization_id", ticket.OrganizationId);
        command.Parameters.AddWithValue("@id", ticket.Id);
        command.Parameters.AddWithValue("@number", ticket.Number);
        command.Parameters.AddWithValue("@status", ticket.Status.ToString());
        command.Parameters.AddWithValue("@priority", ticket.Priority.ToString());
        command.Parameters.AddWithValue("@created_at", UtcText.From(ticket.CreatedAt));
        command.Parameters.AddWithValue("@updated_at", UtcText.From(ticket.UpdatedAt));
        command.Parameters.AddWithValue("@version", ticket.Version);
        command.Parameters.AddWithValue("@document", StoreJson.Serialize(ticket));
        await command.ExecuteNonQueryAsync(Ct);
    }

    private Task<object?> ScalarAsync(string sql) => RawSqlite.ScalarAsync(folder.DatabasePath, sql);
}
