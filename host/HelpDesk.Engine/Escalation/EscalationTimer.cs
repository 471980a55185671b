using HelpDesk.Engine.Hosting;
using HelpDesk.Engine.Storage;
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
    ILogger<EscalationTimer> logger) : PeriodicBackgroundService(clock)
{
    private TaskCompletionSource passEnded = NewSignal();

    /// <summary>Gets a task that completes when the pass in progress, or else the next one, has ended.</summary>
    internal Task NextPassEnded => Volatile.Read(ref passEnded).Task;

    /// <inheritdoc/>
    protected override TimeSpan Interval => options.Value.EscalationCheckInterval;

    /// <inheritdoc/>
    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (readiness.IsReady && await sweep.RunAsync(cancellationToken) is > 0 and var recorded)
            {
                LogRecorded(logger, recorded);
            }
        }
        finally
        {
            Interlocked.Exchange(ref passEnded, NewSignal()).TrySetResult();
        }
    }

    /// <inheritdoc/>
    protected override void OnRoundFailed(Exception exception) => LogPassFailed(logger, exception);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation check recorded {Count} decisions on open tickets.")]
    private static partial void LogRecorded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Escalation check failed; it runs again at the next interval.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
