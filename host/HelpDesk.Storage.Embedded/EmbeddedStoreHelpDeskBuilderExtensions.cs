using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the embedded SQLite store to the help desk.</summary>
public static class EmbeddedStoreHelpDeskBuilderExtensions
{
    /// <summary>
    /// Stores everything in one SQLite file (<c>HelpDesk:Storage:Embedded:Path</c>, default <c>helpdesk.db</c>).
    /// The stores are registered with <c>TryAdd</c>, so a store registered before this one keeps its ports.
    /// </summary>
    /// <param name="builder">The help desk builder.</param>
    /// <param name="configure">Sets options in code, after configuration is bound.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHelpDeskBuilder UseEmbeddedStore(this IHelpDeskBuilder builder, Action<EmbeddedStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<EmbeddedStoreOptions>()
            .BindConfiguration(EmbeddedStoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // One database object owns the connection pool and the write gate; every port shares it.
        services.TryAddSingleton<SqliteDatabase>();

        // One process writes the file, so committed events are delivered in-process.
        services.TryAddSingleton<InProcessEventFeed>();
        services.TryAddSingleton<IEventFeed>(sp => sp.GetRequiredService<InProcessEventFeed>());
        services.TryAddSingleton<DecodedTickets>();
        services.TryAddSingleton<ITicketStore, SqliteTicketStore>();
        services.TryAddSingleton<IEventLog, SqliteEventLog>();
        services.TryAddSingleton<IOrganizationStore, SqliteOrganizationStore>();
        services.TryAddSingleton<IDeskConfigurationStore, SqliteDeskConfigurationStore>();
        services.TryAddSingleton<IPluginDataStore, SqlitePluginDataStore>();
        services.TryAddSingleton<IContactStore, SqliteContactStore>();
        services.TryAddSingleton<IAssetStore, SqliteAssetStore>();
        services.TryAddSingleton<INoteStore, SqliteNoteStore>();
        services.TryAddSingleton<IApiKeyStore, SqliteApiKeyStore>();
        services.TryAddSingleton<IMetricRollupStore, SqliteMetricRollupStore>();
        services.TryAddSingleton<ISurveyStore, SqliteSurveyStore>();
        services.TryAddSingleton<IScheduleStore, SqliteScheduleStore>();
        services.TryAddSingleton<IInteractionStore, SqliteInteractionStore>();
        services.TryAddSingleton<ITransferRequestStore, SqliteTransferRequestStore>();
        services.TryAddSingleton<IMessageStore, SqliteMessageStore>();
        services.TryAddSingleton<IPromiseStore, SqlitePromiseStore>();
        services.TryAddSingleton<IAuditLog, SqliteAuditLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreInitializer, SqliteSchemaInitializer>());
        return builder;
    }
}
