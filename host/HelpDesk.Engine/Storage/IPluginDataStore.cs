namespace HelpDesk.Engine.Storage;

/// <summary>Backs each plugin's private key-value store, per organisation.</summary>
public interface IPluginDataStore
{
    /// <summary>Reads a value.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    Task<string?> GetAsync(string organizationId, string pluginId, string key, CancellationToken cancellationToken);

    /// <summary>Writes a value.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    Task SetAsync(string organizationId, string pluginId, string key, string value, CancellationToken cancellationToken);

    /// <summary>Removes a value.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when a value was removed.</returns>
    Task<bool> DeleteAsync(string organizationId, string pluginId, string key, CancellationToken cancellationToken);
}
