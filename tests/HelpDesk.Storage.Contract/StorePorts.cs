using HelpDesk.Engine.Storage;

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
    IStoreInitializer Initializer);
