using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// The two scheduled jobs of a promise: the reminder shortly before it is due, and the due time itself. Both are named
/// after the promise, so keeping or breaking it cancels exactly them.
/// </summary>
public static class PromiseJobs
{
    /// <summary>The kind of the reminder before the due time.</summary>
    public const string DueSoonKind = "promise.due-soon";

    /// <summary>The kind of the due time.</summary>
    public const string OverdueKind = "promise.overdue";

    /// <summary>Gets the id of a promise's reminder job.</summary>
    /// <param name="promiseId">The promise.</param>
    /// <returns>The job id.</returns>
    public static string DueSoonId(string promiseId) => "promise-due-soon:" + promiseId;

    /// <summary>Gets the id of a promise's due-time job.</summary>
    /// <param name="promiseId">The promise.</param>
    /// <returns>The job id.</returns>
    public static string OverdueId(string promiseId) => "promise-overdue:" + promiseId;

    /// <summary>Gets the promise a job is about.</summary>
    /// <param name="job">The job.</param>
    /// <returns>The promise id.</returns>
    public static string PromiseIdOf(ScheduledJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Id[(job.Id.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>Arms the reminder (when its time is still ahead) and the due time of a new promise.</summary>
    /// <param name="jobs">The schedule.</param>
    /// <param name="promise">The promise.</param>
    /// <param name="reminderLead">How long before the due time to remind.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>A task that completes when both jobs are durable.</returns>
    public static async Task ArmAsync(IScheduleStore jobs, Promise promise, TimeSpan reminderLead, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(promise);
        var remindAt = promise.DueAt - reminderLead;
        if (remindAt > now)
        {
            await jobs.ScheduleAsync(new ScheduledJob { OrganizationId = promise.OrganizationId, Id = DueSoonId(promise.Id), Kind = DueSoonKind, DueAt = remindAt }, cancellationToken);
        }

        await jobs.ScheduleAsync(new ScheduledJob { OrganizationId = promise.OrganizationId, Id = OverdueId(promise.Id), Kind = OverdueKind, DueAt = promise.DueAt }, cancellationToken);
    }

    /// <summary>Cancels both jobs of a promise that was kept or broken.</summary>
    /// <param name="jobs">The schedule.</param>
    /// <param name="promise">The promise.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>A task that completes when both are gone.</returns>
    public static async Task DisarmAsync(IScheduleStore jobs, Promise promise, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(promise);
        await jobs.CancelAsync(promise.OrganizationId, DueSoonId(promise.Id), cancellationToken);
        await jobs.CancelAsync(promise.OrganizationId, OverdueId(promise.Id), cancellationToken);
    }
}
