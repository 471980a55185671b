using HelpDesk.Engine.Storage;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Each plugin's key-value data, one document per organisation, plugin and key, so no plugin or organisation sees another's.</summary>
internal sealed class MongoPluginDataStore(MongoStoreDatabase database) : IPluginDataStore
{
    public async Task<string?> GetAsync(string organizationId, string pluginId, string key, CancellationToken cancellationToken)
    {
        Guard(organizationId, pluginId, key);
        var document = await database.PluginData.Find(DeskFilters.PluginValue(organizationId, pluginId, key)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document?[Fields.Value].AsString;
    }

    public Task SetAsync(string organizationId, string pluginId, string key, string value, CancellationToken cancellationToken)
    {
        Guard(organizationId, pluginId, key);
        ArgumentNullException.ThrowIfNull(value);
        return Upserts.RetryOnceOnDuplicateKeyAsync(
            () => database.PluginData.UpdateOneAsync(
                DeskFilters.PluginValue(organizationId, pluginId, key),
                DeskFilters.SetPluginValue(value),
                new UpdateOptions { IsUpsert = true },
                cancellationToken));
    }

    public async Task<bool> DeleteAsync(string organizationId, string pluginId, string key, CancellationToken cancellationToken)
    {
        Guard(organizationId, pluginId, key);
        var result = await database.PluginData.DeleteOneAsync(DeskFilters.PluginValue(organizationId, pluginId, key), cancellationToken);
        return result.DeletedCount > 0;
    }

    private static void Guard(string organizationId, string pluginId, string key)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(pluginId);
        ArgumentNullException.ThrowIfNull(key);
    }
}
