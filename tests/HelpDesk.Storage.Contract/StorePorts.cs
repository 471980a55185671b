using HelpDesk.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HelpDesk.Storage.Contract;

/// <summary>The ports of one store instance, as the contract tests use them.</summary>
public sealed record StorePorts(
    ITicketStore Tickets,
    IEventLog Events,
    IOrganizationStore Organizations,
    IDeskConfigurationStore DeskConfigurations,
    IPluginDataStore PluginData,
    IContactStore Contacts,
    IAssetStore Assets,
    INoteStore Notes,
    IApiKeyStore ApiKeys,
    IMetricRollupStore MetricRollups,
    ISurveyStore Surveys,
    IScheduleStore Schedule,
    IInteractionStore Interactions,
    IPromiseStore Promises,
    ITransferRequestStore TransferRequests,
    IMessageStore Messages,
    IAuditLog AuditLog,
    IStoreInitializer Initializer)
{
    /// <summary>Takes the ports from a container a store was registered in, as a host resolves them.</summary>
    /// <param name="services">The container.</param>
    /// <returns>The ports.</returns>
    public static StorePorts From(IServiceProvider services) => new(
        services.GetRequiredService<ITicketStore>(),
        services.GetRequiredService<IEventLog>(),
        services.GetRequiredService<IOrganizationStore>(),
        services.GetRequiredService<IDeskConfigurationStore>(),
        services.GetRequiredService<IPluginDataStore>(),
        services.GetRequiredService<IContactStore>(),
        services.GetRequiredService<IAssetStore>(),
        services.GetRequiredService<INoteStore>(),
        services.GetRequiredService<IApiKeyStore>(),
        services.GetRequiredService<IMetricRollupStore>(),
        services.GetRequiredService<ISurveyStore>(),
        services.GetRequiredService<IScheduleStore>(),
        services.GetRequiredService<IInteractionStore>(),
        services.GetRequiredService<IPromiseStore>(),
        services.GetRequiredService<ITransferRequestStore>(),
        services.GetRequiredService<IMessageStore>(),
        services.GetRequiredService<IAuditLog>(),
        Assert.Single(services.GetServices<IStoreInitializer>()));
}
