namespace HelpDesk.Sdk.Plugins;

/// <summary>
/// A small key-value store private to one plugin and one organisation, for state a plugin must keep
/// between calls (counters, last-run marks). Values are strings; JSON is a good fit.
/// </summary>
public interface IPluginStore
{
    /// <summary>Reads a value.</summary>
    /// <param name="key">The key, at most 200 characters.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value, or <see langword="null"/> when the key is not set.</returns>
    ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes a value, replacing any earlier one.</summary>
    /// <param name="key">The key, at most 200 characters.</param>
    /// <param name="value">The value, at most 64 KiB.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the value is durable.</returns>
    ValueTask SetAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Removes a value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns><see langword="true"/> when a value was removed.</returns>
    ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);
}
