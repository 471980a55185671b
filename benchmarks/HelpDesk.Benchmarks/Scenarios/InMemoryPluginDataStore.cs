using System.Collections.Concurrent;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Benchmarks.Scenarios;

/// <summary>
/// Plugin data kept in memory for the metrics scenario only: folding a million events writes the metrics plugin's
/// per-ticket memory once per event, which on the embedded store is one transaction each (measured separately as the fold
/// rate) and would not fit the time budget. The rollups it produces are the same.
/// </summary>
internal sealed class InMemoryPluginDataStore : IPluginDataStore
{
    private readonly ConcurrentDictionary<(string, string, string), string> values = new();

    public Task<string?> GetAsync(string organizationId, string pluginId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(values.GetValueOrDefault((organizationId, pluginId, key)));

    public Task SetAsync(string organizationId, string pluginId, string key, string value, CancellationToken cancellationToken)
    {
        values[(organizationId, pluginId, key)] = value;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string organizationId, string pluginId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(values.TryRemove((organizationId, pluginId, key), out _));
}
