using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Scheduling;

/// <summary>
/// Runs scheduled jobs that are due: claims them from the store with a lease (so each runs on one host instance), hands
/// each to the handler of its kind, and completes it. A job whose handler fails is logged and, when its lease expires,
/// claimed again; a job of a kind nobody handles is logged and dropped.
/// </summary>
public sealed partial class JobScheduler(
    IScheduleStore jobs,
    IEnumerable<IScheduledJobHandler> handlers,
    TimeProvider clock,
    IOptions<HelpDeskOptions> options,
    ILogger<JobScheduler> logger)
{
    /// <summary>How many jobs one round claims at most.</summary>
    public const int BatchSize = 100;

    private readonly Dictionary<string, IScheduledJobHandler> byKind = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    /// <summary>Gets this host instance's name as a lease owner.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Runs every job due now, batch after batch, until none is left.</summary>
    /// <param name="cancellationToken">Stops the run; unfinished jobs are claimed again when their lease expires.</param>
    /// <returns>How many jobs ran successfully.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        while (true)
        {
            var now = clock.GetUtcNow();
            var claimed = await jobs.ClaimDueAsync(now, Owner, now + options.Value.SchedulerLease, BatchSize, cancellationToken);
            foreach (var job in claimed)
            {
                ran += await RunAsync(job, cancellationToken) ? 1 : 0;
            }

            if (claimed.Count < BatchSize)
            {
                return ran;
            }
        }
    }

    private async Task<bool> RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (!byKind.TryGetValue(job.Kind, out var handler))
        {
            LogUnknownKind(logger, job.Kind, job.Id, job.OrganizationId);
            await jobs.CompleteAsync(job, cancellationToken);
            return false;
        }

        try
        {
            await handler.HandleAsync(job, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, job.Kind, job.Id, job.OrganizationId, exception);
            return false;
        }

        await jobs.CompleteAsync(job, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {JobId} of organisation {OrganizationId} has the kind {Kind}, which no handler runs; it is dropped.")]
    private static partial void LogUnknownKind(ILogger logger, string kind, string jobId, string organizationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {JobId} ({Kind}) of organisation {OrganizationId} failed; it runs again when its lease expires.")]
    private static partial void LogFailed(ILogger logger, string kind, string jobId, string organizationId, Exception exception);
}
