using HelpDesk.Engine.Hosting;
using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Scheduling;

/// <summary>Runs due scheduled jobs every <see cref="HelpDeskOptions.SchedulerInterval"/> once the store is ready.</summary>
public sealed partial class SchedulerService(
    JobScheduler scheduler,
    StoreReadiness readiness,
    TimeProvider clock,
    IOptions<HelpDeskOptions> options,
    ILogger<SchedulerService> logger) : PeriodicBackgroundService(clock)
{
    /// <inheritdoc/>
    protected override TimeSpan Interval => options.Value.SchedulerInterval;

    /// <inheritdoc/>
    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        if (readiness.IsReady)
        {
            await scheduler.RunDueAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running scheduled jobs failed; they run on the next round.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
