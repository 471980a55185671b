using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// At a promise's due time: an open promise becomes overdue (with its event) and the ticket's escalation policies are
/// asked at once. Running again finds the promise overdue already and does nothing; should the host die between the two
/// steps, the escalation timer still sees the overdue promise on its next pass.
/// </summary>
public sealed class PromiseOverdueHandler(PromiseChangeRunner runner, OverduePromiseEscalation escalation, TimeProvider clock) : IScheduledJobHandler
{
    /// <inheritdoc />
    public string Kind => PromiseJobs.OverdueKind;

    /// <inheritdoc />
    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        PromiseOverdue? overdue = null;
        var result = await runner.RunAsync(job.OrganizationId, PromiseJobs.PromiseIdOf(job), null, (promise, now) =>
        {
            overdue = null;
            if (promise.Status != PromiseStatus.Open || promise.DueAt > now)
            {
                return PromiseChange.None;
            }

            overdue = new PromiseOverdue
            {
                Id = Ids.New(clock), OrganizationId = promise.OrganizationId, TicketId = promise.TicketId, OccurredAt = now,
                PromiseId = promise.Id, Text = promise.Text, DueAt = promise.DueAt, PromisedBy = promise.MadeBy,
            };
            return new PromiseChange { Promise = promise with { Status = PromiseStatus.Overdue, OverdueAt = now }, Events = [overdue] };
        }, cancellationToken);

        if (overdue is not null && result.Value?.Status == PromiseStatus.Overdue)
        {
            await escalation.EvaluateAsync(overdue, cancellationToken);
        }
    }
}
