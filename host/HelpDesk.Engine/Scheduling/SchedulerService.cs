using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Scheduling;

/// <summary>Runs due scheduled jobs every <see cref="HelpDeskOptions.SchedulerInterval"/> once the store is ready.</summary>
public sealed partial class SchedulerService(
    JobScheduler scheduler,
    StoreReadiness readiness,
    TimeProvider clock,
    IOptions<HelpDeskOptions> options,
    ILogger<SchedulerService> logger) : BackgroundService
{
    private PeriodicTimer? timer;

    /// <inheritdoc/>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Created here, not on the background task, so it counts from the host's start (and from a test's fake clock).
        timer ??= new PeriodicTimer(options.Value.SchedulerInterval, clock);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await timer!.WaitForNextTickAsync(stoppingToken))
            {
                if (!readiness.IsReady)
                {
                    continue;
                }

                try
                {
                    await scheduler.RunDueAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRoundFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running scheduled jobs failed; they run on the next round.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
