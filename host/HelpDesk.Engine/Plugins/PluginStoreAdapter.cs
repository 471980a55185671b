using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Plugins;

/// <summary>Gives a plugin its own key-value space for one organisation, with the documented size limits enforced.</summary>
internal sealed class PluginStoreAdapter(IPluginDataStore store, string organizationId, string pluginId) : IPluginStore
{
    private const int MaxKeyLength = 200;
    private const int MaxValueLength = 64 * 1024;

    public async ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        await store.GetAsync(organizationId, pluginId, CheckKey(key), cancellationToken);

    public async ValueTask SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxValueLength)
        {
            throw new ArgumentException($"Plugin store values are limited to {MaxValueLength} characters.", nameof(value));
        }

        await store.SetAsync(organizationId, pluginId, CheckKey(key), value, cancellationToken);
    }

    public async ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        await store.DeleteAsync(organizationId, pluginId, CheckKey(key), cancellationToken);

    private static string CheckKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return key.Length <= MaxKeyLength ? key : throw new ArgumentException($"Plugin store keys are limited to {MaxKeyLength} characters.", nameof(key));
    }
}
