using HelpDesk.Engine.Storage;
using HelpDesk.Storage.MongoDb;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the MongoDB store to the help desk.</summary>
public static class MongoStoreHelpDeskBuilderExtensions
{
    /// <summary>
    /// Stores everything in a MongoDB replica set (<c>HelpDesk:Storage:MongoDb:ConnectionString</c>, database
    /// <c>HelpDesk:Storage:MongoDb:Database</c>, default <c>helpdesk</c>). The settings are validated at start, and
    /// start-up fails on a standalone server, as ticket writes need transactions. The stores and the one
    /// <see cref="IMongoClient"/> are registered with <c>TryAdd</c>, so ports registered before keep theirs.
    /// </summary>
    /// <param name="builder">The help desk builder.</param>
    /// <param name="configure">Sets options in code, after configuration is bound.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHelpDeskBuilder UseMongoDb(this IHelpDeskBuilder builder, Action<MongoStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<MongoStoreOptions>()
            .BindConfiguration(MongoStoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // One client per process: it owns the connection pools and server monitoring, and is safe to share.
        services.TryAddSingleton<IMongoClient>(
            provider => new MongoClient(MongoClientSettingsFactory.Create(provider.GetRequiredService<IOptions<MongoStoreOptions>>().Value)));
        services.TryAddSingleton<MongoStoreDatabase>();
        services.TryAddSingleton<ITicketStore, MongoTicketStore>();
        services.TryAddSingleton<IEventLog, MongoEventLog>();
        services.TryAddSingleton<IOrganizationStore, MongoOrganizationStore>();
        services.TryAddSingleton<IDeskConfigurationStore, MongoDeskConfigurationStore>();
        services.TryAddSingleton<IPluginDataStore, MongoPluginDataStore>();
        services.TryAddSingleton<IContactStore, MongoContactStore>();
        services.TryAddSingleton<IAssetStore, MongoAssetStore>();
        services.TryAddSingleton<INoteStore, MongoNoteStore>();
        services.TryAddSingleton<IApiKeyStore, MongoApiKeyStore>();
        services.TryAddSingleton<IMetricRollupStore, MongoMetricRollupStore>();
        services.TryAddSingleton<ISurveyStore, MongoSurveyStore>();
        services.TryAddSingleton<IScheduleStore, MongoScheduleStore>();
        services.TryAddSingleton<IInteractionStore, MongoInteractionStore>();
        services.TryAddSingleton<IPromiseStore, MongoPromiseStore>();
        services.TryAddSingleton<IAuditLog, MongoAuditLog>();
        services.TryAddSingleton<ITransferRequestStore, MongoTransferRequestStore>();
        services.TryAddSingleton<IMessageStore, MongoMessageStore>();
        services.TryAddSingleton<IEventFeed, MongoEventFeed>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreInitializer, MongoStoreInitializer>());
        return builder;
    }
}
