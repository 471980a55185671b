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
}
