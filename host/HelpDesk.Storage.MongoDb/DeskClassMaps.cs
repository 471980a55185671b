using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson.Serialization;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How organisations and desk configurations are stored.</summary>
internal static class DeskClassMaps
{
    public static BsonClassMap<Organization> Organization() => new(map =>
    {
        map.Map(o => o.Id, "id", required: true);
        map.Map(o => o.Name, "name", required: true);
        map.Map(o => o.TimeZone, "timeZone");
        map.Map(o => o.Languages, "languages", serializer: StoredValues.List<string>());
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<PluginActivation> PluginActivation() => new(map =>
    {
        map.Map(p => p.PluginId, Fields.PluginId, required: true);
        map.Map(p => p.Enabled, "enabled");

        // Kept as the JSON text the engine hands over: converting it to BSON and back could change number forms.
        map.Map(p => p.SettingsJson, "settingsJson");
        map.Map(p => p.PackageSettingsJson, "packageSettingsJson");
        map.SetIgnoreExtraElements(true);
    });

    public static BsonClassMap<DeskConfiguration> DeskConfiguration() => new(map =>
    {
        map.Map(d => d.OrganizationId, Fields.OrganizationId, required: true);
        map.Map(d => d.Plugins, "plugins", serializer: StoredValues.List<PluginActivation>());
        map.Map(d => d.DeskName, "deskName");
        map.Map(d => d.DeskVersion, "deskVersion");
        map.Map(d => d.Version, Fields.Version);
        map.SetIgnoreExtraElements(true);
    });
}
