using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// Keeps one status-update job per open ticket, due one interval after the caller last heard from the desk: armed
/// when the ticket is opened or reopened, moved on by every agent reply, cancelled when it is resolved. Other changes
/// cost nothing, and each of these one write, so it stays cheap with many tickets.
/// </summary>
public sealed class StatusUpdateReminders(IScheduleStore jobs, IOptions<PromiseOptions> options) : ITicketChangeObserver
{
    /// <summary>The kind of the status-update job.</summary>
    public const string Kind = "ticket.status-update";

    /// <summary>Gets the id of a ticket's status-update job.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <returns>The job id.</returns>
    public static string JobId(string ticketId) => "status-update:" + ticketId;

    /// <summary>Gets the ticket a status-update job is about.</summary>
    /// <param name="job">The job.</param>
    /// <returns>The ticket id.</returns>
    public static string TicketIdOf(ScheduledJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Id["status-update:".Length..];
    }

    /// <inheritdoc />
    public Task ChangedAsync(Ticket ticket, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(events);
        if (ticket.Status is TicketStatus.Resolved or TicketStatus.Closed)
        {
            return events.Any(e => e is TicketResolved) ? jobs.CancelAsync(ticket.OrganizationId, JobId(ticket.Id), cancellationToken) : Task.CompletedTask;
        }

        var heard = events.Where(e => e is TicketOpened or TicketReplied or TicketReopened).Select(e => (DateTimeOffset?)e.OccurredAt).Max();
        return heard is { } since ? ArmAsync(ticket, since + options.Value.StatusUpdateInterval, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Schedules (or moves) a ticket's status-update job.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="dueAt">When the caller is due a status update.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the job is durable.</returns>
    public Task ArmAsync(Ticket ticket, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return jobs.ScheduleAsync(new ScheduledJob { OrganizationId = ticket.OrganizationId, Id = JobId(ticket.Id), Kind = Kind, DueAt = dueAt }, cancellationToken);
    }
}
