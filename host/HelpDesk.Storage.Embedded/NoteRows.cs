using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Writes rows of the <c>notes</c> table inside a ticket's write transaction, so a note is never stored without its ticket change.</summary>
internal static class NoteRows
{
    private const string InsertSql = """
        INSERT INTO notes (organization_id, id, ticket_id, created_at, document)
        VALUES (@organization_id, @id, @ticket_id, @created_at, @document);
        """;

    /// <exception cref="ArgumentException">A note is null or belongs to another ticket or organisation.</exception>
    public static void EnsureBelongTo(Ticket ticket, IReadOnlyList<Note> notes)
    {
        foreach (var note in notes)
        {
            ArgumentNullException.ThrowIfNull(note, nameof(notes));
            if (!string.Equals(note.OrganizationId, ticket.OrganizationId, StringComparison.Ordinal)
                || !string.Equals(note.TicketId, ticket.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The note '{note.Id}' belongs to ticket '{note.TicketId}' of organisation '{note.OrganizationId}', " +
                    $"not to ticket '{ticket.Id}' of '{ticket.OrganizationId}'.",
                    nameof(notes));
            }
        }
    }

    public static async Task InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Note> notes, CancellationToken cancellationToken)
    {
        foreach (var note in notes)
        {
            await using var command = connection.Command(InsertSql, transaction)
                .With("@organization_id", note.OrganizationId)
                .With("@id", note.Id)
                .With("@ticket_id", note.TicketId)
                .With("@created_at", UtcText.From(note.CreatedAt))
                .With("@document", StoreJson.Serialize(note));
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException exception) when (UniqueViolation.Is(exception))
            {
                throw new DuplicateKeyException("note", "id");
            }
        }
    }
}
