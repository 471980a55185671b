using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Benchmarks.Setup;

/// <summary>
/// The engine, the embedded store, the first-party plugin folders and the GraphQL API composed as the host composes them,
/// in this process, over a fresh store file; background timers are slowed down so they do not run during a measurement.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly IHost host;
    private readonly string directory;

    private EngineHost(IHost host, string directory)
    {
        this.host = host;
        this.directory = directory;
    }

    public IServiceProvider Services => host.Services;

    /// <summary>Gets the path of the store's database file.</summary>
    public string StoreFile => System.IO.Path.Combine(directory, StoreFileName);

    private const string StoreFileName = "helpdesk.db";

    public const string OrganizationId = "demo";

    public static async Task<EngineHost> StartAsync(
        string? storeDirectory = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null)
    {
        var directory = storeDirectory ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "helpdesk-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HelpDesk:Storage:Embedded:Path"] = System.IO.Path.Combine(directory, StoreFileName),
            ["HelpDesk:Plugins:Directory"] = RepositoryRoot.FirstPartyPlugins,
            ["HelpDesk:Plugins:RescanInterval"] = "00:00:00",
            ["HelpDesk:Bootstrap:AdminKeyFile"] = "",
            ["HelpDesk:MetricsInterval"] = "01:00:00",
            ["HelpDesk:EscalationCheckInterval"] = "01:00:00",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // Registered first, a replacement keeps its port: the store registers with TryAdd.
        replace?.Invoke(builder.Services);
        builder.Services.AddHelpDesk().UseEmbeddedStore().AddPluginFolders().AddGraphQLApi();
        var host = builder.Build();
        await host.StartAsync();
        var readiness = host.Services.GetRequiredService<StoreReadiness>();
        for (var waited = 0; !readiness.IsReady; waited++)
        {
            if (waited > 300)
            {
                throw new InvalidOperationException($"The store did not become ready: {readiness.Problem}");
            }

            await Task.Delay(100);
        }

        return new EngineHost(host, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A plugin or SQLite file may still be mapped; the temp cleaner gets it later.
        }
    }
}
