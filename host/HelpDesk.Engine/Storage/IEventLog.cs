using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Storage;

/// <summary>The append-only event log of each organisation.</summary>
public interface IEventLog
{
    /// <summary>Appends events that are not part of a ticket write.</summary>
    /// <param name="events">The events, all of one organisation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the events are durable.</returns>
    Task AppendAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Reads an organisation's events in the order they were appended.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="afterSequence">The sequence number to read after; 0 reads from the start.</param>
    /// <param name="limit">The most events to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events with their sequence numbers.</returns>
    Task<IReadOnlyList<StoredEvent>> ReadAsync(string organizationId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>Reads the events of one ticket in order.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ticket's events.</returns>
    Task<IReadOnlyList<StoredEvent>> ReadTicketAsync(string organizationId, string ticketId, CancellationToken cancellationToken);
}
