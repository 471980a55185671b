namespace HelpDesk.Engine.Storage;

/// <summary>
/// Keeps scheduled jobs. Due jobs are claimed with a lease: one claimer gets each job; a claimer that dies before it
/// completes the job loses the lease when it expires, and the job is claimed again (at least once, never lost).
/// </summary>
/// <remarks>
/// Claiming reads due jobs of every organisation at once – the one read besides organisation listing and API key
/// lookup that spans organisations; it is the host's own work queue and never reaches an API caller.
/// </remarks>
public interface IScheduleStore
{
    /// <summary>Schedules a job, replacing one with the same organisation and id (and its lease).</summary>
    /// <param name="job">The job.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken);

    /// <summary>Cancels a job.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="id">The job's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether a job was removed.</returns>
    Task<bool> CancelAsync(string organizationId, string id, CancellationToken cancellationToken);

    /// <summary>Finds a job.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="id">The job's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The job, or <see langword="null"/>.</returns>
    Task<ScheduledJob?> FindAsync(string organizationId, string id, CancellationToken cancellationToken);

    /// <summary>Claims jobs that are due and not leased (or whose lease expired), earliest first.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="owner">Who claims (a host instance).</param>
    /// <param name="leaseUntil">When the lease ends if the claimer does not complete the job.</param>
    /// <param name="limit">How many jobs at most.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The claimed jobs.</returns>
    Task<IReadOnlyList<ScheduledJob>> ClaimDueAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Removes a handled job – unless it was scheduled again (a new revision) meanwhile.</summary>
    /// <param name="job">The job as claimed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the job was removed.</returns>
    Task<bool> CompleteAsync(ScheduledJob job, CancellationToken cancellationToken);
}
