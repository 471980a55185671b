using System.Collections.Concurrent;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Engine.Access;

/// <summary>
/// Working API key records by key id, each for a short time, so a request does not read its key from the store. Only
/// keys found working are kept; a key revoked through this host is dropped at once and never kept again (a request that
/// read it just before the revocation cannot put it back). Bounded: when full it starts over.
/// </summary>
internal sealed class ApiKeyCache(TimeSpan lifetime, TimeProvider clock)
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ApiKeyRecord Record, DateTimeOffset Until)> entries = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, bool> revoked = new(StringComparer.Ordinal);

    // Writes since each map was last cleared: an upper bound of its size that, unlike Count, takes no locks.
    private int keptSinceClear;
    private int droppedSinceClear;

    public bool Enabled => lifetime > TimeSpan.Zero;

    public ApiKeyRecord? Find(string keyId)
    {
        if (!entries.TryGetValue(keyId, out var entry))
        {
            return null;
        }

        if (entry.Until > clock.GetUtcNow())
        {
            return entry.Record;
        }

        entries.TryRemove(KeyValuePair.Create(keyId, entry));
        return null;
    }

    public void Keep(ApiKeyRecord record)
    {
        if (!Enabled || record.RevokedAt is not null || revoked.ContainsKey(record.Id))
        {
            return;
        }

        if (Interlocked.Increment(ref keptSinceClear) > MaxEntries)
        {
            entries.Clear();
            Interlocked.Exchange(ref keptSinceClear, 1);
        }

        entries[record.Id] = (record, clock.GetUtcNow() + lifetime);
        if (revoked.ContainsKey(record.Id))
        {
            entries.TryRemove(record.Id, out _);
        }
    }

    public void Drop(string keyId)
    {
        if (Interlocked.Increment(ref droppedSinceClear) > MaxEntries)
        {
            revoked.Clear();
            Interlocked.Exchange(ref droppedSinceClear, 1);
        }

        revoked[keyId] = true;
        entries.TryRemove(keyId, out _);
    }
}
