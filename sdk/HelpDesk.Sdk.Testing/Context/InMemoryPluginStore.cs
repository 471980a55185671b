using System.Collections.Concurrent;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// An <see cref="IPluginStore"/> kept in memory, enforcing the contract's limits (keys of at most
/// 200 characters, values of at most 64 KiB) so a plugin that would be refused by the host fails in its tests too.
/// </summary>
public sealed class InMemoryPluginStore : IPluginStore
{
    /// <summary>The longest key the contract allows.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>The longest value, in characters, the contract allows (64 KiB).</summary>
    public const int MaxValueLength = 64 * 1024;

    private readonly ConcurrentDictionary<string, string> values = new(StringComparer.Ordinal);

    /// <summary>Gets a snapshot of every key and value, for assertions.</summary>
    public IReadOnlyDictionary<string, string> Values => new Dictionary<string, string>(values, StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        CheckKey(key);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(values.TryGetValue(key, out var value) ? value : null);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        CheckKey(key);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxValueLength)
        {
            throw new ArgumentException($"The value for '{key}' has {value.Length} characters; the store allows at most {MaxValueLength}.", nameof(value));
        }

        cancellationToken.ThrowIfCancellationRequested();
        values[key] = value;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        CheckKey(key);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(values.TryRemove(key, out _));
    }

    private static void CheckKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"The key has {key.Length} characters; the store allows at most {MaxKeyLength}.", nameof(key));
        }
    }
}
