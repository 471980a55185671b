using HelpDesk.Engine.Errors;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>
/// The changes agents make to a ticket after it is opened: edit, note, reply, assign, transfer, escalate,
/// resolve, reopen, tag. Each is one atomic write with its events, guarded by the ticket's version.
/// </summary>
public sealed partial class TicketLifecycle(TicketChangeRunner runner, TimeProvider clock)
{
    /// <summary>The longest note or reply accepted.</summary>
    public const int MaxNoteLength = 20_000;

    /// <summary>Adds an internal note or a reply to the caller.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="kind">Internal note or reply.</param>
    /// <param name="text">The text.</param>
    /// <param name="authorId">Who writes it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket after the change, or the problems.</returns>
    public Task<OperationResult<Ticket>> AddNoteAsync(
        string organizationId, string ticketId, int? expectedVersion, NoteKind kind, string text, string authorId, CancellationToken cancellationToken) =>
        runner.RunAsync(organizationId, ticketId, expectedVersion, (ticket, now) =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return TicketChange.Refuse("text", "Write something: the note is empty.", UserErrorCode.Required);
            }

            if (text.Length > MaxNoteLength)
            {
                return TicketChange.Refuse("text", $"The text is {text.Length} characters long; keep it to {MaxNoteLength}.", UserErrorCode.TooLong);
            }

            var note = new Note { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, Kind = kind, AuthorId = authorId, Text = text.Trim(), CreatedAt = now };
            var firstReply = kind == NoteKind.Reply && ticket.FirstRepliedAt is null;
            DomainEvent happened = kind == NoteKind.Reply
                ? new TicketReplied { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = authorId, NoteId = note.Id, IsFirstReply = firstReply }
                : new NoteAdded { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = authorId, NoteId = note.Id };
            var updated = kind == NoteKind.Reply
                ? ticket with { FirstRepliedAt = ticket.FirstRepliedAt ?? now, LastRepliedAt = now, Status = ticket.Status == TicketStatus.New ? TicketStatus.Open : ticket.Status }
                : ticket;
            return new TicketChange { Ticket = updated, Events = [happened], Notes = [note], TriggeringNote = note };
        }, cancellationToken);

    /// <summary>Assigns the ticket to an agent.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="assigneeId">The agent.</param>
    /// <param name="actorId">Who assigns.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket after the change, or the problems.</returns>
    public Task<OperationResult<Ticket>> AssignAsync(
        string organizationId, string ticketId, int? expectedVersion, string assigneeId, string actorId, CancellationToken cancellationToken) =>
        runner.RunAsync(organizationId, ticketId, expectedVersion, (ticket, now) =>
            string.IsNullOrWhiteSpace(assigneeId) || assigneeId.Length > 100
                ? TicketChange.Refuse("assigneeId", "Name the agent to assign (1 to 100 characters).", UserErrorCode.Invalid)
                : new TicketChange
                {
                    Ticket = ticket with { AssigneeId = assigneeId.Trim(), Status = ticket.Status == TicketStatus.New ? TicketStatus.Open : ticket.Status },
                    Events = [new TicketAssigned { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = actorId, AssigneeId = assigneeId.Trim(), PreviousAssigneeId = ticket.AssigneeId }],
                }, cancellationToken);

    /// <summary>Hands the ticket to another team or agent; the transfer is counted.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="to">The team or agent.</param>
    /// <param name="warm">Whether the transfer was announced with a summary.</param>
    /// <param name="actorId">Who transfers.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket after the change, or the problems.</returns>
    public Task<OperationResult<Ticket>> TransferAsync(
        string organizationId, string ticketId, int? expectedVersion, string to, bool warm, string actorId, CancellationToken cancellationToken) =>
        runner.RunAsync(organizationId, ticketId, expectedVersion, (ticket, now) =>
            string.IsNullOrWhiteSpace(to) || to.Length > 100
                ? TicketChange.Refuse("to", "Name the team or agent to transfer to (1 to 100 characters).", UserErrorCode.Invalid)
                : new TicketChange
                {
                    Ticket = ticket with { TransferCount = ticket.TransferCount + 1, AssigneeId = null },
                    Events = [new TicketTransferred { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = actorId, To = to.Trim(), Warm = warm, TransferCount = ticket.TransferCount + 1 }],
                }, cancellationToken);

    private string NewId() => Ids.New(clock);
}
