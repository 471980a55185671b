using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Builds the client settings from the options: the connection string, then the store's own durability and timeouts on top.</summary>
internal static class MongoClientSettingsFactory
{
    public static MongoClientSettings Create(MongoStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = MongoClientSettings.FromConnectionString(
            options.ConnectionString ?? throw new InvalidOperationException($"{MongoStoreOptions.Section}:ConnectionString is not set."));

        // Explicit even where they equal today's driver defaults: the store's guarantees must not change with a driver upgrade
        // or with a connection string that says w=1 or retryWrites=false.
        settings.WriteConcern = StoreConcerns.Writes;
        settings.ReadConcern = StoreConcerns.Reads;
        settings.ReadPreference = ReadPreference.Primary;
        settings.RetryWrites = true;
        settings.RetryReads = true;
        settings.ServerSelectionTimeout = options.ServerSelectionTimeout;
        settings.ConnectTimeout = options.ConnectTimeout;
        settings.SocketTimeout = options.SocketTimeout;
        settings.ApplicationName ??= "helpdesk";
        settings.ClusterConfigurator = MongoCommandTelemetry.Subscribe;
        return settings;
    }
}
