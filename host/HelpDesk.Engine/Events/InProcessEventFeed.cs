using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Events;

/// <summary>
/// Delivers events to subscribers in the same process, for stores that only one process writes (the
/// embedded store). The store publishes after its transaction commits, so subscribers never see an
/// event that was rolled back.
/// </summary>
public sealed class InProcessEventFeed : IEventFeed
{
    /// <summary>How many unread events one subscriber may have before it is cut off.</summary>
    public const int SubscriberCapacity = 10_000;

    private readonly ConcurrentDictionary<Channel<StoredEvent>, string> subscribers = new();

    /// <summary>Hands committed events to the subscribers of their organisation.</summary>
    /// <param name="events">The events, in log order.</param>
    public void Publish(IReadOnlyList<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var (channel, organizationId) in subscribers)
        {
            foreach (var stored in events.Where(e => e.Event.OrganizationId == organizationId))
            {
                if (!channel.Writer.TryWrite(stored))
                {
                    channel.Writer.TryComplete(new EventFeedOverflowException(SubscriberCapacity));
                    break;
                }
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> SubscribeAsync(string organizationId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        var channel = Channel.CreateBounded<StoredEvent>(new BoundedChannelOptions(SubscriberCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        subscribers[channel] = organizationId;
        try
        {
            await foreach (var stored in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return stored;
            }
        }
        finally
        {
            subscribers.TryRemove(channel, out _);
        }
    }
}
