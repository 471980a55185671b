using Microsoft.Extensions.Hosting;

namespace HelpDesk.Engine.Storage;

/// <summary>Runs every store initializer before anything else starts, so requests never meet a missing schema.</summary>
internal sealed class StoreInitialization(IEnumerable<IStoreInitializer> initializers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
