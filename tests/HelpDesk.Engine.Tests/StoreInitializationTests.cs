using HelpDesk.Engine.Storage;
using HelpDesk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HelpDesk.Engine.Tests;

public sealed class StoreInitializationTests
{
    [Fact]
    public async Task An_unreachable_store_keeps_the_host_up_not_ready_and_is_retried_until_it_answers()
    {
        using var directory = new TemporaryDirectory();
        var flaky = new UnavailableAtFirst(failures: 2);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["HelpDesk:StoreRetryInterval"] = "00:00:00.050" }).Build());
        services.AddHelpDesk().UseEmbeddedStore(o => o.Path = directory.Combine("desk.db"));
        services.AddSingleton<IStoreInitializer>(flaky);
        await using var provider = services.BuildServiceProvider();
        var readiness = provider.GetRequiredService<StoreReadiness>();
        var initialization = provider.GetServices<IHostedService>().Single(s => s.GetType().Name == "StoreInitialization");

        await initialization.StartAsync(TestContext.Current.CancellationToken);

        Assert.False(readiness.IsReady);
        Assert.Equal("The database server at db:27017 does not answer.", readiness.Problem);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!readiness.IsReady && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.True(readiness.IsReady);
        Assert.Equal(3, flaky.Attempts);
        Assert.NotNull(await provider.GetRequiredService<IOrganizationStore>().FindAsync("demo", TestContext.Current.CancellationToken));
        await initialization.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_misconfigured_store_stops_start_up_with_its_message()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddHelpDesk().UseEmbeddedStore(o => o.Path = "/proc/no-such-place/desk.db");
        await using var provider = services.BuildServiceProvider();
        var initialization = provider.GetServices<IHostedService>().Single(s => s.GetType().Name == "StoreInitialization");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => initialization.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("/proc/no-such-place/desk.db", error.Message);
    }

    /// <summary>Stands in for a database server that comes up after a while.</summary>
    private sealed class UnavailableAtFirst(int failures) : IStoreInitializer
    {
        public int Attempts { get; private set; }

        public Task InitializeAsync(CancellationToken cancellationToken)
        {
            Attempts++;
            return Attempts <= failures
                ? throw new StoreUnavailableException("The database server at db:27017 does not answer.")
                : Task.CompletedTask;
        }
    }
}
