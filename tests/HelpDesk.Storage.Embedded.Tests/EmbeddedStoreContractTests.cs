using HelpDesk.Storage.Contract;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>The storage contract against the SQLite store on a real file in a temporary folder.</summary>
public sealed class EmbeddedStoreContractTests : StoreContractTests
{
    private readonly TempFolder folder = new();
    private EmbeddedStoreHost? host;

    protected override Task<StorePorts> CreateStoreAsync()
    {
        host = EmbeddedStoreHost.Open(folder.DatabasePath);
        return Task.FromResult(host.Ports);
    }

    protected override async Task<StorePorts> ReopenStoreAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        return await CreateStoreAsync();
    }

    protected override async ValueTask DisposeStoreAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        folder.Dispose();
    }
}
