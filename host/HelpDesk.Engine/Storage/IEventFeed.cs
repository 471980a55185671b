namespace HelpDesk.Engine.Storage;

/// <summary>
/// A live stream of the events appended to an organisation's log, for subscriptions and event handlers.
/// The embedded store delivers in-process; MongoDB delivers events written by any host instance.
/// </summary>
public interface IEventFeed
{
    /// <summary>Streams the events one organisation appends from now on, in log order, until cancelled.</summary>
    /// <param name="organizationId">The organisation whose events to stream; other organisations' events never appear.</param>
    /// <param name="cancellationToken">Ends the subscription.</param>
    /// <returns>The events as they are appended.</returns>
    /// <exception cref="EventFeedOverflowException">The subscriber fell too far behind; subscribe again and catch up from the log.</exception>
    IAsyncEnumerable<StoredEvent> SubscribeAsync(string organizationId, CancellationToken cancellationToken);
}
