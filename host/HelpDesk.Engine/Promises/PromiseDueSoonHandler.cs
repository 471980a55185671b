using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Promises;

/// <summary>Reminds the agent of a promise shortly before it is due (once: the promise records the reminder).</summary>
public sealed class PromiseDueSoonHandler(PromiseChangeRunner runner, TimeProvider clock) : IScheduledJobHandler
{
    /// <inheritdoc />
    public string Kind => PromiseJobs.DueSoonKind;

    /// <inheritdoc />
    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await runner.RunAsync(job.OrganizationId, PromiseJobs.PromiseIdOf(job), null, (promise, now) =>
            promise.Status != PromiseStatus.Open || promise.RemindedAt is not null
                ? PromiseChange.None
                : new PromiseChange
                {
                    Promise = promise with { RemindedAt = now },
                    Events =
                    [
                        new PromiseDueSoon
                        {
                            Id = Ids.New(clock), OrganizationId = promise.OrganizationId, TicketId = promise.TicketId, OccurredAt = now,
                            PromiseId = promise.Id, Text = promise.Text, DueAt = promise.DueAt, PromisedBy = promise.MadeBy,
                        },
                    ],
                }, cancellationToken);
    }
}
