using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Inserts a ticket change's notes inside the transaction of the change, so a note is never stored without it.</summary>
internal static class NoteAppender
{
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

    public static async Task InsertAsync(MongoStoreDatabase database, IClientSessionHandle session, IReadOnlyList<Note> notes, CancellationToken cancellationToken)
    {
        if (notes.Count == 0)
        {
            return;
        }

        try
        {
            await database.Notes.InsertManyAsync(
                session, notes.Select(NoteDocuments.ToDocument), new InsertManyOptions { IsOrdered = true }, cancellationToken);
        }
        catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
        {
            throw new DuplicateKeyException("note", "id");
        }
    }
}
