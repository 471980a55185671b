using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Escalation;

/// <summary>
/// Remembers, in the plugin's store, which causes already acted on a ticket. The host evaluates open tickets
/// on every timer tick; without this a missed target would climb a tier on every tick.
/// </summary>
internal sealed class EscalationMemory(IPluginStore store, string ticketId)
{
    private string Key => $"acted/{ticketId}";

    public async ValueTask<HashSet<string>> LoadAsync(CancellationToken cancellationToken)
    {
        var value = await store.GetAsync(Key, cancellationToken);
        return value is null ? [] : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries)];
    }

    public ValueTask RememberAsync(IEnumerable<string> causes, CancellationToken cancellationToken) =>
        store.SetAsync(Key, string.Join(',', causes.Order(StringComparer.Ordinal)), cancellationToken);

    public async ValueTask ForgetAsync(CancellationToken cancellationToken) => await store.DeleteAsync(Key, cancellationToken);
}
