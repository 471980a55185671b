namespace HelpDesk.Storage.MongoDb;

/// <summary>The store's collections.</summary>
internal static class CollectionNames
{
    public const string Tickets = "tickets";
    public const string Events = "events";
    public const string Counters = "counters";
    public const string Organizations = "organizations";
    public const string DeskConfigurations = "deskConfigurations";
    public const string PluginData = "pluginData";
    public const string Contacts = "contacts";
    public const string Assets = "assets";
    public const string Notes = "notes";
    public const string ApiKeys = "apiKeys";
}
