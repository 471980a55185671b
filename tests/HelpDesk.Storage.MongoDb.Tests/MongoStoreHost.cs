using HelpDesk.Storage.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>The MongoDB store as a host wires it: through <c>UseMongoDb</c> in a validated container.</summary>
internal sealed class MongoStoreHost : IAsyncDisposable
{
    private MongoStoreHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public StorePorts Ports => StorePorts.From(Services);

    /// <param name="settings">The configuration the options are bound from.</param>
    /// <param name="configure">Sets options in code.</param>
    /// <param name="registerFirst">Registers services before the store, as a host that brings its own would.</param>
    public static MongoStoreHost Open(
        IDictionary<string, string?>? settings = null, Action<MongoStoreOptions>? configure = null, Action<IServiceCollection>? registerFirst = null)
    {
        var services = new ServiceCollection();
        registerFirst?.Invoke(services);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        new TestBuilder(services).UseMongoDb(configure);
        return new MongoStoreHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public static MongoStoreHost Open(string connectionString, string database) => Open(configure: options =>
    {
        options.ConnectionString = connectionString;
        options.Database = database;
    });

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private sealed record TestBuilder(IServiceCollection Services) : IHelpDeskBuilder;
}
