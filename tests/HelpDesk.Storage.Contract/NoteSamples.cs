using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Contract;

/// <summary>Notes on tickets, and the events written with them, for the contract tests.</summary>
public static class NoteSamples
{
    public static Note Note(Ticket ticket, string id, DateTimeOffset createdAt, NoteKind kind = NoteKind.Internal) => new()
    {
        Id = id,
        OrganizationId = ticket.OrganizationId,
        TicketId = ticket.Id,
        Kind = kind,
        AuthorId = "agent-3",
        Text = $"Note {id}: tried tray 1 – \"still jams\"; ünïcödé ✓",
        CreatedAt = createdAt,
    };

    public static NoteAdded Noted(Note note, string? id = null) => new()
    {
        Id = id ?? $"e-noted-{note.Id}",
        OrganizationId = note.OrganizationId,
        TicketId = note.TicketId,
        OccurredAt = note.CreatedAt,
        NoteId = note.Id,
    };
}
