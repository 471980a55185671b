using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// The filters and updates of the small per-organisation collections: <c>organizations</c>,
/// <c>deskConfigurations</c> and <c>pluginData</c>.
/// </summary>
internal static class DeskFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    /// <summary>An organisation's own document (organisations and desk configurations hold one each).</summary>
    public static FilterDefinition<BsonDocument> OfOrganization(string organizationId) => OrganizationFilter.Where(organizationId);

    /// <summary>The compare-and-swap condition of a desk configuration save.</summary>
    public static FilterDefinition<BsonDocument> ConfigurationAtVersion(string organizationId, int version) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.Version, version));

    public static FilterDefinition<BsonDocument> PluginValue(string organizationId, string pluginId, string key) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.PluginId, pluginId), Filter.Eq(Fields.Key, key));

    /// <summary>Sets a plugin value; an upsert takes organisation, plugin and key from the filter's equalities.</summary>
    public static UpdateDefinition<BsonDocument> SetPluginValue(string value) => Builders<BsonDocument>.Update.Set(Fields.Value, value);
}
