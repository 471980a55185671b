using HelpDesk.Engine.Access;
using HelpDesk.Engine.Organizations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Storage;

/// <summary>
/// Prepares the store (schema, indexes, the default organisation) before the host serves. A store
/// that is unreachable does not stop the host: it reports not ready and initialisation is retried in
/// the background. Any other failure (a misconfiguration) stops start-up with its message.
/// </summary>
internal sealed partial class StoreInitialization(
    IEnumerable<IStoreInitializer> initializers,
    DefaultOrganizationSeeder seeder,
    FirstAdminKey firstAdminKey,
    StoreReadiness readiness,
    IOptions<HelpDeskOptions> options,
    ILogger<StoreInitialization> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task? retries;

    private TimeSpan RetryInterval => options.Value.StoreRetryInterval;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryInitializeAsync(cancellationToken))
        {
            retries = RetryUntilReadyAsync(stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (retries is null)
        {
            return;
        }

        await stopping.CancelAsync();
        await retries.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => stopping.Dispose();

    private async Task RetryUntilReadyAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryInterval, cancellationToken);
                if (await TryInitializeAsync(cancellationToken))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failure other than unavailability while retrying: keep the host up and say why.
                readiness.MarkUnavailable(e.Message);
                LogRetryFailed(logger, e.Message);
            }
        }
    }

    private async Task<bool> TryInitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var initializer in initializers)
            {
                await initializer.InitializeAsync(cancellationToken);
            }

            await seeder.SeedAsync(cancellationToken);
            await firstAdminKey.EnsureAsync(cancellationToken);
            readiness.MarkReady();
            return true;
        }
        catch (StoreUnavailableException e)
        {
            readiness.MarkUnavailable(e.Message);
            LogUnavailable(logger, e.Message, RetryInterval.TotalSeconds);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store is unavailable: {Problem} The host runs, reports not ready and retries every {Seconds} s.")]
    private static partial void LogUnavailable(ILogger logger, string problem, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Initialising the store failed: {Problem}")]
    private static partial void LogRetryFailed(ILogger logger, string problem);
}
