using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Escalation;

/// <summary>
/// Checks open tickets against the escalation policies every <see cref="HelpDeskOptions.EscalationCheckInterval"/>,
/// so a target that runs out while nobody touches a ticket still warns and escalates. Ticks on the injected clock;
/// skipped while the store is not ready; a failed pass is logged and the next one runs as usual.
/// </summary>
internal sealed partial class EscalationTimer(
    EscalationSweep sweep,
    StoreReadiness readiness,
    IOptions<HelpDeskOptions> options,
    TimeProvider clock,
    ILogger<EscalationTimer> logger) : BackgroundService
{
    private TaskCompletionSource passEnded = NewSignal();
    private PeriodicTimer? timer;

    /// <summary>Gets a task that completes when the pass in progress, or else the next one, has ended.</summary>
    internal Task NextPassEnded => Volatile.Read(ref passEnded).Task;

    /// <summary>Starts the schedule at once, so the first check is one interval after start on the injected clock.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // ExecuteAsync runs on the thread pool: the timer is created here so that it counts from the start.
        timer ??= new PeriodicTimer(options.Value.EscalationCheckInterval, clock);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
    }

    /// <summary>Runs a pass at every tick until the host stops.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await timer!.WaitForNextTickAsync(stoppingToken))
            {
                await RunPassAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunPassAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (readiness.IsReady && await sweep.RunAsync(cancellationToken) is > 0 and var recorded)
            {
                LogRecorded(logger, recorded);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogPassFailed(logger, e);
        }
        finally
        {
            Interlocked.Exchange(ref passEnded, NewSignal()).TrySetResult();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation check recorded {Count} decisions on open tickets.")]
    private static partial void LogRecorded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Escalation check failed; it runs again at the next interval.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
