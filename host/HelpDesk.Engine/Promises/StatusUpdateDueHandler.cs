using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// When an open ticket's caller has not heard from the desk for the interval, appends a status-update-due event (with
/// an id derived from the job, so a job that runs again does not remind twice) and arms the next reminder.
/// </summary>
public sealed class StatusUpdateDueHandler(
    ITicketStore tickets, IEventLog events, StatusUpdateReminders reminders, IOptions<PromiseOptions> options, TimeProvider clock) : IScheduledJobHandler
{
    /// <inheritdoc />
    public string Kind => StatusUpdateReminders.Kind;

    /// <inheritdoc />
    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var ticket = await tickets.FindAsync(job.OrganizationId, StatusUpdateReminders.TicketIdOf(job), cancellationToken);
        if (ticket is null || ticket.Status is TicketStatus.Resolved or TicketStatus.Closed)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var interval = options.Value.StatusUpdateInterval;
        var silentSince = ticket.LastRepliedAt ?? ticket.CreatedAt;
        if (silentSince + interval > now)
        {
            // An agent replied after this job was armed, and moving it was missed: it is not due yet.
            await reminders.ArmAsync(ticket, silentSince + interval, cancellationToken);
            return;
        }

        try
        {
            await events.AppendAsync(
                [new StatusUpdateDue { Id = JobEventIds.For(job), OrganizationId = ticket.OrganizationId, TicketId = ticket.Id, OccurredAt = now, SilentSince = silentSince, AssigneeId = ticket.AssigneeId }],
                cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // This occurrence ran before, on a host that died before completing it: the reminder is in the log already.
        }

        await reminders.ArmAsync(ticket, now + interval, cancellationToken);
    }
}
