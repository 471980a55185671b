using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>Reads the notes the ticket store wrote with ticket changes (see <see cref="NoteRows"/>).</summary>
internal sealed class SqliteNoteStore(SqliteDatabase database) : INoteStore
{
    public Task<IReadOnlyList<Note>> ListAsync(string organizationId, string ticketId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        return ListForTicketsAsync(organizationId, [ticketId], cancellationToken);
    }

    public async Task<IReadOnlyList<Note>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketIds);
        var notes = await DocumentBatches.ReadAsync<Note>(database, "notes", "ticket_id", organizationId, ticketIds, cancellationToken);

        // Batches come back one after another, so the order is set across all of them: oldest first, ties by id.
        return [.. notes.OrderBy(n => n.CreatedAt.UtcTicks).ThenBy(n => n.Id, StringComparer.Ordinal)];
    }
}
