using Microsoft.Extensions.Hosting;

namespace HelpDesk.Engine.Hosting;

/// <summary>
/// Background work that runs every interval on the injected clock (so tests move it with a fake clock): the timer is
/// created when the host starts, a round that throws is handed to <see cref="OnRoundFailed"/> and the next round runs
/// as usual, and stopping the host ends the loop quietly.
/// </summary>
/// <param name="clock">The clock the interval is measured on.</param>
public abstract class PeriodicBackgroundService(TimeProvider clock) : BackgroundService
{
    private PeriodicTimer? timer;

    /// <summary>Gets the time between rounds.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <inheritdoc/>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Created here, not on the background task, so it counts from the host's start.
        timer ??= new PeriodicTimer(Interval, clock);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Does one round of the work.</summary>
    /// <param name="cancellationToken">Stops the round when the host stops.</param>
    /// <returns>A task that completes when the round is done.</returns>
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    /// <summary>Reports a round that failed; the next round runs at the next interval.</summary>
    /// <param name="exception">What went wrong.</param>
    protected abstract void OnRoundFailed(Exception exception);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await timer!.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunRoundAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    OnRoundFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
