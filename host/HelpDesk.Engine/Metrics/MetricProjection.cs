using HelpDesk.Engine.Hosting;
using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Metrics;

/// <summary>
/// Keeps every organisation's metric rollups close behind its event log: every <see cref="HelpDeskOptions.MetricsInterval"/>
/// it visits each organisation and folds what is new. A failing organisation is logged and retried on the next round.
/// </summary>
public sealed partial class MetricProjection(
    MetricProjector projector,
    IOrganizationStore organizations,
    StoreReadiness readiness,
    TimeProvider clock,
    IOptions<HelpDeskOptions> options,
    ILogger<MetricProjection> logger) : PeriodicBackgroundService(clock)
{
    private const int OrganizationPage = 100;

    /// <summary>Visits every organisation once.</summary>
    /// <param name="cancellationToken">Stops the round.</param>
    /// <returns>A task that completes when every organisation was visited.</returns>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var ids = await organizations.ListIdsAsync(after, OrganizationPage, cancellationToken);
            foreach (var id in ids)
            {
                try
                {
                    await projector.CatchUpAsync(id, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogFailed(logger, id, exception);
                }
            }

            if (ids.Count < OrganizationPage)
            {
                return;
            }

            after = ids[^1];
        }
    }

    /// <inheritdoc/>
    protected override TimeSpan Interval => options.Value.MetricsInterval;

    /// <inheritdoc/>
    protected override Task RunRoundAsync(CancellationToken cancellationToken) =>
        readiness.IsReady ? RunOnceAsync(cancellationToken) : Task.CompletedTask;

    /// <inheritdoc/>
    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metrics of organisation {OrganizationId} could not be brought up to date; they are retried on the next round.")]
    private static partial void LogFailed(ILogger logger, string organizationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A metrics round failed; it is retried on the next round.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
