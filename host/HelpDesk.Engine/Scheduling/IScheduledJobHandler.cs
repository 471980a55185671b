using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Scheduling;

/// <summary>
/// Does the work of one kind of scheduled job. Jobs fire at least once: a handler must be idempotent (a job whose host
/// died mid-way runs again). A handler may schedule the job's next occurrence under the same id; the scheduler then
/// keeps that one.
/// </summary>
public interface IScheduledJobHandler
{
    /// <summary>Gets the kind of job handled.</summary>
    string Kind { get; }

    /// <summary>Does the job's work.</summary>
    /// <param name="job">The job.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the work is done.</returns>
    Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken);
}
