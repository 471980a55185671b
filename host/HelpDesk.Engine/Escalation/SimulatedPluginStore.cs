using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Escalation;

/// <summary>
/// A plugin's store as a simulation sees it: an in-memory copy that takes every write, so nothing reaches the real
/// store. Keys it has not written read through to the real store, except keys about the simulated ticket: the
/// replay starts at the ticket's opening, when the plugin knew nothing about it yet.
/// </summary>
internal sealed class SimulatedPluginStore(IPluginStore real, string ticketId) : IPluginStore
{
    // A null value marks a key deleted in the simulation.
    private Dictionary<string, string?> written = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (written.TryGetValue(key, out var value))
        {
            return value;
        }

        return key.Contains(ticketId, StringComparison.Ordinal) ? null : await real.GetAsync(key, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        written[key] = value;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var existed = await GetAsync(key, cancellationToken) is not null;
        written[key] = null;
        return existed;
    }

    /// <summary>Copies what the simulation wrote so far, to go back to it after a trial evaluation.</summary>
    public IReadOnlyDictionary<string, string?> Snapshot() => new Dictionary<string, string?>(written, StringComparer.Ordinal);

    /// <summary>Goes back to what a snapshot holds.</summary>
    public void Restore(IReadOnlyDictionary<string, string?> snapshot) => written = new Dictionary<string, string?>(snapshot, StringComparer.Ordinal);
}
