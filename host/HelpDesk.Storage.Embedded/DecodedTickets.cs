using System.Collections.Concurrent;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// The tickets last decoded from their stored JSON, by organisation and id. A read whose stored text is byte for byte
/// the text decoded before gets that ticket again rather than decoding the same JSON once more; any change to the stored
/// text, by whatever path it was written, is decoded afresh. The tickets kept are immutable throughout, their tag list
/// included, so one can be handed to every reader. Bounded: when full, it starts again empty. One per store file,
/// shared by the ticket store and the contact erasure, which drops what it redacted.
/// </summary>
/// <param name="capacity">How many tickets are kept at most.</param>
internal sealed class DecodedTickets(int capacity = DecodedTickets.DefaultCapacity)
{
    /// <summary>The number of tickets kept by default.</summary>
    public const int DefaultCapacity = 1024;

    private readonly ConcurrentDictionary<(string OrganizationId, string TicketId), (byte[] Json, Ticket Ticket)> entries = new();

    // Counted here: the dictionary's own count takes every lock, and a miss would ask for it each time. A bound, not a
    // tally: a clear racing a drop can leave it a few off, which moves the next clear by as many tickets.
    private int count;

    private long erasures;

    /// <summary>Gets how many tickets are kept now.</summary>
    public int Count => entries.Count;

    /// <summary>Gets how many erasures have dropped tickets so far; read it before reading stored text.</summary>
    public long Erasures => Volatile.Read(ref erasures);

    /// <summary>Gets the ticket stored as this text.</summary>
    /// <param name="organizationId">The ticket's organisation.</param>
    /// <param name="ticketId">The ticket's id.</param>
    /// <param name="json">The stored text, as UTF-8.</param>
    /// <param name="erasuresBeforeRead"><see cref="Erasures"/> as it was before the text was read: text read before an
    /// erasure is decoded for its reader but not kept.</param>
    /// <returns>The ticket; the same instance as before while the text is the same.</returns>
    public Ticket Decode(string organizationId, string ticketId, byte[] json, long erasuresBeforeRead)
    {
        var key = (organizationId, ticketId);
        if (entries.TryGetValue(key, out var known) && known.Json.AsSpan().SequenceEqual(json))
        {
            return known.Ticket;
        }

        var decoded = StoreJson.Deserialize<Ticket>(json);

        // The serializer makes the tags a list, which a reader could cast back and change under every other reader.
        var ticket = decoded with { Tags = [.. decoded.Tags] };
        if (Volatile.Read(ref count) >= capacity)
        {
            Volatile.Write(ref count, 0);
            entries.Clear();
        }

        var entry = (json, ticket);
        if (entries.TryAdd(key, entry))
        {
            Interlocked.Increment(ref count);
        }
        else
        {
            entries[key] = entry;
        }

        // An erasure that committed after the read and dropped its tickets before this one was kept: it is taken out
        // again here. One that drops after this check finds it and takes it out itself.
        if (Erasures != erasuresBeforeRead && entries.TryRemove(new KeyValuePair<(string, string), (byte[], Ticket)>(key, entry)))
        {
            Interlocked.Decrement(ref count);
        }

        return ticket;
    }

    /// <summary>Drops tickets, so what they held is no longer in memory (an erasure).</summary>
    /// <param name="organizationId">The tickets' organisation.</param>
    /// <param name="ticketIds">The tickets' ids.</param>
    public void Forget(string organizationId, IEnumerable<string> ticketIds)
    {
        Interlocked.Increment(ref erasures);
        foreach (var ticketId in ticketIds)
        {
            if (entries.TryRemove((organizationId, ticketId), out _))
            {
                Interlocked.Decrement(ref count);
            }
        }
    }
}
