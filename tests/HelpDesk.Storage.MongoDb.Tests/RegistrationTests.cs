using HelpDesk.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>How <c>UseMongoDb</c> wires the store and reads and checks its settings; none of this connects to a server.</summary>
public sealed class RegistrationTests
{
    private const string ConnectionString = "mongodb://localhost:27017/?directConnection=true";

    [Fact]
    public async Task Every_port_is_one_singleton_over_one_client()
    {
        await using var host = MongoStoreHost.Open(configure: o => o.ConnectionString = ConnectionString);

        Assert.IsType<MongoTicketStore>(host.Services.GetRequiredService<ITicketStore>());
        Assert.IsType<MongoEventLog>(host.Services.GetRequiredService<IEventLog>());
        Assert.IsType<MongoOrganizationStore>(host.Services.GetRequiredService<IOrganizationStore>());
        Assert.IsType<MongoDeskConfigurationStore>(host.Services.GetRequiredService<IDeskConfigurationStore>());
        Assert.IsType<MongoPluginDataStore>(host.Services.GetRequiredService<IPluginDataStore>());
        Assert.IsType<MongoContactStore>(host.Services.GetRequiredService<IContactStore>());
        Assert.IsType<MongoAssetStore>(host.Services.GetRequiredService<IAssetStore>());
        Assert.IsType<MongoNoteStore>(host.Services.GetRequiredService<INoteStore>());
        Assert.IsType<MongoApiKeyStore>(host.Services.GetRequiredService<IApiKeyStore>());
        Assert.IsType<MongoStoreInitializer>(Assert.Single(host.Services.GetServices<IStoreInitializer>()));
        Assert.Same(host.Services.GetRequiredService<ITicketStore>(), host.Services.GetRequiredService<ITicketStore>());
        Assert.Single(host.Services.GetServices<IMongoClient>());
        Assert.Same(host.Services.GetRequiredService<IMongoClient>(), host.Services.GetRequiredService<MongoStoreDatabase>().Database.Client);
    }

    [Fact]
    public async Task Settings_are_read_from_configuration_and_code_overrides_them()
    {
        var settings = new Dictionary<string, string?>
        {
            ["HelpDesk:Storage:MongoDb:ConnectionString"] = ConnectionString,
            ["HelpDesk:Storage:MongoDb:Database"] = "desk_eu",
            ["HelpDesk:Storage:MongoDb:ServerSelectionTimeout"] = "00:00:02",
        };
        await using var fromConfiguration = MongoStoreHost.Open(settings);
        await using var fromCode = MongoStoreHost.Open(settings, o => o.Database = "desk_us");

        var options = fromConfiguration.Services.GetRequiredService<IOptions<MongoStoreOptions>>().Value;
        Assert.Equal(ConnectionString, options.ConnectionString);
        Assert.Equal(TimeSpan.FromSeconds(2), options.ServerSelectionTimeout);
        Assert.Equal("desk_eu", fromConfiguration.Services.GetRequiredService<MongoStoreDatabase>().Database.DatabaseNamespace.DatabaseName);
        Assert.Equal("desk_us", fromCode.Services.GetRequiredService<MongoStoreDatabase>().Database.DatabaseNamespace.DatabaseName);
    }

    [Fact]
    public async Task The_database_is_helpdesk_unless_set()
    {
        await using var host = MongoStoreHost.Open(configure: o => o.ConnectionString = ConnectionString);

        Assert.Equal("helpdesk", host.Services.GetRequiredService<MongoStoreDatabase>().Database.DatabaseNamespace.DatabaseName);
    }

    [Fact]
    public async Task The_database_is_durable_even_over_a_client_the_host_registered_itself()
    {
        using var own = new MongoClient("mongodb://localhost:27017/?w=1");
        await using var host = MongoStoreHost.Open(configure: o => o.ConnectionString = ConnectionString, registerFirst: s => s.AddSingleton<IMongoClient>(own));

        var database = host.Services.GetRequiredService<MongoStoreDatabase>();

        Assert.Same(own, Assert.Single(host.Services.GetServices<IMongoClient>()));
        Assert.Equal(StoreConcerns.Writes, database.Tickets.Settings.WriteConcern);
        Assert.Equal(StoreConcerns.Reads, database.Events.Settings.ReadConcern);
    }

    [Fact]
    public async Task Ports_registered_before_are_kept()
    {
        var organizations = new NoOrganizations();
        await using var host = MongoStoreHost.Open(configure: o => o.ConnectionString = ConnectionString, registerFirst: s => s.AddSingleton<IOrganizationStore>(organizations));

        Assert.Same(organizations, host.Services.GetRequiredService<IOrganizationStore>());
        Assert.IsType<MongoTicketStore>(host.Services.GetRequiredService<ITicketStore>());
    }

    [Theory]
    [InlineData(null, null, "HelpDesk:Storage:MongoDb:ConnectionString")]
    [InlineData("mongodb://localhost", "", "HelpDesk:Storage:MongoDb:Database")]
    [InlineData("mongodb://localhost", "help.desk", "HelpDesk:Storage:MongoDb:Database")]
    [InlineData("http://localhost:27017", "helpdesk", "HelpDesk:Storage:MongoDb:ConnectionString")]
    public async Task Invalid_settings_fail_at_start_naming_the_setting(string? connectionString, string? database, string setting)
    {
        await using var host = MongoStoreHost.Open(configure: o =>
        {
            o.ConnectionString = connectionString;
            o.Database = database!;
        });

        var invalid = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(setting, invalid.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ServerSelectionTimeout", 0)]
    [InlineData("ConnectTimeout", -1)]
    [InlineData("SocketTimeout", 3600)]
    public async Task A_timeout_outside_its_range_fails_naming_the_setting(string name, int seconds)
    {
        await using var host = MongoStoreHost.Open(
            new Dictionary<string, string?> { ["HelpDesk:Storage:MongoDb:ConnectionString"] = ConnectionString, [$"HelpDesk:Storage:MongoDb:{name}"] = TimeSpan.FromSeconds(seconds).ToString() });

        var invalid = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<MongoStoreOptions>>().Value);

        Assert.Contains($"HelpDesk:Storage:MongoDb:{name}", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_connection_string_is_reported_without_its_password()
    {
        await using var host = MongoStoreHost.Open(configure: o => o.ConnectionString = "mongodb://desk:s3cret-pw@localhost:27017/?replicaSet=");

        var invalid = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<MongoStoreOptions>>().Value);

        Assert.Contains("HelpDesk:Storage:MongoDb:ConnectionString", invalid.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", invalid.Message, StringComparison.Ordinal);
    }

    private sealed class NoOrganizations : IOrganizationStore
    {
        public Task<HelpDesk.Sdk.Domain.Organization?> FindAsync(string organizationId, CancellationToken cancellationToken) =>
            Task.FromResult<HelpDesk.Sdk.Domain.Organization?>(null);

        public Task UpsertAsync(HelpDesk.Sdk.Domain.Organization organization, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<string>> ListIdsAsync(string? afterId, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([]);
    }
}
