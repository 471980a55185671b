using HelpDesk.Engine.Errors;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>Editing what a ticket says.</summary>
public sealed partial class TicketLifecycle
{
    /// <summary>Changes the subject, description, priority or working status (open or pending) of a ticket.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="edit">The new values; null ones stay as they are.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket after the change, or the problems.</returns>
    public Task<OperationResult<Ticket>> EditAsync(
        string organizationId, string ticketId, int? expectedVersion, TicketEdit edit, CancellationToken cancellationToken) =>
        runner.RunAsync(organizationId, ticketId, expectedVersion, (ticket, now) =>
        {
            var errors = OpenTicketValidator.Validate(new OpenTicketCommand
            {
                Subject = edit.Subject ?? ticket.Subject,
                Description = edit.Description ?? ticket.Description,
            });
            if (errors.Count > 0)
            {
                return new TicketChange { Errors = errors };
            }

            if (edit.Status is { } status && status is not (TicketStatus.Open or TicketStatus.Pending))
            {
                return TicketChange.Refuse("status", "Set the status to OPEN or PENDING here; resolve and reopen have their own mutations.", UserErrorCode.Invalid);
            }

            var updated = ticket with
            {
                Subject = edit.Subject?.Trim() ?? ticket.Subject,
                Description = edit.Description ?? ticket.Description,
                Priority = edit.Priority ?? ticket.Priority,
                Status = edit.Status ?? ticket.Status,
            };
            string[] changed =
            [
                .. updated.Subject != ticket.Subject ? ["subject"] : Array.Empty<string>(),
                .. updated.Description != ticket.Description ? ["description"] : Array.Empty<string>(),
                .. updated.Priority != ticket.Priority ? ["priority"] : Array.Empty<string>(),
                .. updated.Status != ticket.Status ? ["status"] : Array.Empty<string>(),
            ];
            if (changed.Length == 0)
            {
                return TicketChange.Refuse("subject", "Nothing changes: give at least one new value for the subject, description, priority or status.", UserErrorCode.Invalid);
            }

            return new TicketChange
            {
                Ticket = updated,
                Events = [new TicketUpdated { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = edit.ActorId, Fields = changed }],
            };
        }, cancellationToken);
}
