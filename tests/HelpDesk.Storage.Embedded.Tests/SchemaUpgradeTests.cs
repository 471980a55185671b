using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;

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
        await WriteVersion1FileAsync(ticket);
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

    public void Dispose() => folder.Dispose();

    /// <summary>Writes a file as a version-1 host left it: only the version-1 tables, one ticket, user_version 1.</summary>
    private async Task WriteVersion1FileAsync(Ticket ticket)
    {
        await using (var connection = await RawSqlite.OpenAsync(folder.DatabasePath))
        {
            await RawSqlite.ScalarAsync(connection, Schema.Version1 + "PRAGMA user_version = 1;");
        }

        await using (var host = EmbeddedStoreHost.Open(folder.DatabasePath))
        {
            // Through the store's own writer, without its initializer, so the file stays at version 1.
            var ports = host.Ports;
            await ports.Tickets.InsertAsync(ticket, null, [Samples.Opened(ticket)], Ct);
        }

        Assert.Equal(1L, await ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'contacts';"));
    }

    private Task<object?> ScalarAsync(string sql) => RawSqlite.ScalarAsync(folder.DatabasePath, sql);
}
