using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpDesk.Engine.Tests;

/// <summary>The real engine over a real embedded store file, with in-process plugin components put in its catalogue.</summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public const string OrganizationId = "acme";

    private readonly TemporaryDirectory directory = new();
    private readonly ServiceProvider provider;

    private EngineHarness(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddHelpDesk().UseEmbeddedStore(o => o.Path = directory.Combine("engine.db"));
        configure?.Invoke(services);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public static Task<EngineHarness> StartAsync(params (string Id, string Kind, object Component)[] plugins) => StartAsync(null, plugins);

    /// <summary>Starts the engine with services of the test's own (job handlers, say) besides the plugins.</summary>
    /// <param name="configure">Adds the test's services.</param>
    /// <param name="plugins">The plugins, as id, kind and component.</param>
    /// <returns>The started engine.</returns>
    public static async Task<EngineHarness> StartAsync(Action<IServiceCollection>? configure, params (string Id, string Kind, object Component)[] plugins)
    {
        var harness = new EngineHarness(configure);
        foreach (var initializer in harness.Get<IEnumerable<IStoreInitializer>>())
        {
            await initializer.InitializeAsync(TestContext.Current.CancellationToken);
        }

        await harness.Get<IOrganizationStore>().UpsertAsync(new Organization { Id = OrganizationId, Name = "Acme" }, TestContext.Current.CancellationToken);
        harness.Get<PluginCatalog>().Replace(plugins.Select(p => new LoadedPlugin
        {
            Id = p.Id,
            Directory = p.Id,
            Status = PluginStatus.Active,
            Manifest = Manifest(p.Id, p.Kind),
            Components = [new PluginComponent(p.Kind, p.Component)],
        }));
        return harness;
    }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        directory.Dispose();
    }

    private static PluginManifest Manifest(string id, string kind) => PluginManifest.Parse($$"""
        { "id": "{{id}}", "name": "{{id}}", "version": "1.0.0", "sdkVersion": "1.0", "assembly": "x.dll", "kinds": ["{{kind}}"],
          "settings": { "label": { "type": "string", "default": "{{id}}:default" } } }
        """);
}
