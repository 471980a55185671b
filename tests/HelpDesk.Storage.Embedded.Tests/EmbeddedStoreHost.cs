using HelpDesk.Storage.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>The embedded store as a host wires it: through <c>UseEmbeddedStore</c> in a validated container.</summary>
internal sealed class EmbeddedStoreHost : IAsyncDisposable
{
    private EmbeddedStoreHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public StorePorts Ports => StorePorts.From(Services);

    public static EmbeddedStoreHost Open(string path, IDictionary<string, string?>? settings = null, Action<EmbeddedStoreOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        new TestBuilder(services).UseEmbeddedStore(configure ?? (o => o.Path = path));
        return new EmbeddedStoreHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public async Task<StorePorts> OpenInitializedAsync()
    {
        var ports = Ports;
        await ports.Initializer.InitializeAsync(TestContext.Current.CancellationToken);
        return ports;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private sealed record TestBuilder(IServiceCollection Services) : IHelpDeskBuilder;
}
