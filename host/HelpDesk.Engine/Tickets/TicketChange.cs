using HelpDesk.Engine.Errors;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>What one change does to a ticket: its new state, the events and notes it writes, or why it cannot be made.</summary>
public sealed record TicketChange
{
    /// <summary>Gets the ticket after the change (version and update time are set by the runner).</summary>
    public Ticket? Ticket { get; init; }

    /// <summary>Gets the events the change appends.</summary>
    public IReadOnlyList<DomainEvent> Events { get; init; } = [];

    /// <summary>Gets the notes the change writes.</summary>
    public IReadOnlyList<Note> Notes { get; init; } = [];

    /// <summary>Gets the problems that prevent the change.</summary>
    public IReadOnlyList<UserError> Errors { get; init; } = [];

    /// <summary>Gets the note the change was about, if any, so taggers can read it.</summary>
    public Note? TriggeringNote { get; init; }

    /// <summary>Creates a refused change.</summary>
    /// <param name="field">The input field at fault.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="code">The code.</param>
    /// <returns>The change.</returns>
    public static TicketChange Refuse(string field, string message, UserErrorCode code) =>
        new() { Errors = [UserError.ForInput(field, message, code)] };
}
