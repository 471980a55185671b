using HelpDesk.Engine.Access;
using HelpDesk.Engine.Auth;
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
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["HelpDesk:StoreRetryInterval"] = "00:00:00.050", ["HelpDesk:Bootstrap:AdminKeyFile"] = "" }).Build());
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

    [Fact]
    public async Task A_fresh_desk_gets_one_working_admin_key_written_to_a_file_only_its_owner_can_read()
    {
        using var directory = new TemporaryDirectory();
        var keyFile = directory.Combine("admin.key");
        await using var provider = Build(directory, new() { ["HelpDesk:Bootstrap:AdminKeyFile"] = keyFile });
        var initialization = provider.GetServices<IHostedService>().Single(s => s.GetType().Name == "StoreInitialization");

        await initialization.StartAsync(TestContext.Current.CancellationToken);
        var key = (await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken)).Trim();
        await initialization.StartAsync(TestContext.Current.CancellationToken);

        var caller = await provider.GetRequiredService<ApiKeyService>().AuthenticateAsync(key, TestContext.Current.CancellationToken);
        Assert.Equal(("demo", ApiKeyRole.Admin), (caller?.OrganizationId, caller?.Role));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        Assert.Single(await provider.GetRequiredService<IApiKeyStore>().ListAsync("demo", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_admin_key_given_in_configuration_is_stored_hashed_and_works()
    {
        using var directory = new TemporaryDirectory();
        const string Key = "hd_0123456789abcdef_configured-secret-of-enough-length";
        await using var provider = Build(directory, new() { ["HelpDesk:Bootstrap:AdminKey"] = Key });
        var initialization = provider.GetServices<IHostedService>().Single(s => s.GetType().Name == "StoreInitialization");

        await initialization.StartAsync(TestContext.Current.CancellationToken);

        var stored = Assert.Single(await provider.GetRequiredService<IApiKeyStore>().ListAsync("demo", TestContext.Current.CancellationToken));
        Assert.DoesNotContain("configured-secret", stored.Hash + stored.Salt);
        Assert.NotNull(await provider.GetRequiredService<ApiKeyService>().AuthenticateAsync(Key, TestContext.Current.CancellationToken));
        Assert.Null(await provider.GetRequiredService<ApiKeyService>().AuthenticateAsync(Key + "x", TestContext.Current.CancellationToken));
    }

    private static ServiceProvider Build(TemporaryDirectory directory, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHelpDesk().UseEmbeddedStore(o => o.Path = directory.Combine("desk.db"));
        return services.BuildServiceProvider();
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
