using System.Text.Json;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Metrics.Memory;

/// <summary>
/// Remembers, per contact, the numbers of their two earliest tickets (under <c>contact:{id}</c>), which is all the
/// repeat contact rate needs: whether an opened ticket is the contact's first, second or a later one. Comparing
/// ticket numbers rather than counting keeps a replay of the log from counting a contact twice.
/// </summary>
internal static class ContactTickets
{
    private const int Remembered = 2;

    /// <summary>Tells which of its contact's tickets an opened ticket is.</summary>
    /// <param name="opened">The opening event, with the contact.</param>
    /// <param name="store">The plugin store.</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    /// <returns>0 for the contact's first ticket, 1 for the second, <see langword="null"/> for a later one or no contact.</returns>
    public static async ValueTask<int?> RankAsync(TicketOpened opened, IPluginStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(opened.ContactId))
        {
            return null;
        }

        var key = "contact:" + opened.ContactId;
        var json = await store.GetAsync(key, cancellationToken);
        var earliest = json is null ? [] : JsonSerializer.Deserialize<List<long>>(json, StoreJson.Options) ?? [];
        if (!earliest.Contains(opened.Number))
        {
            var updated = earliest.Append(opened.Number).Order().Take(Remembered).ToList();
            if (!updated.SequenceEqual(earliest))
            {
                earliest = updated;
                await store.SetAsync(key, JsonSerializer.Serialize(earliest, StoreJson.Options), cancellationToken);
            }
        }

        var rank = earliest.IndexOf(opened.Number);
        return rank >= 0 ? rank : null;
    }
}
