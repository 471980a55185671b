using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Storage;

/// <summary>
/// Stores tickets. Every call is scoped to one organisation; a ticket of another organisation is
/// indistinguishable from a missing one. Writes store the ticket and its events atomically.
/// </summary>
public interface ITicketStore
{
    /// <summary>Finds a ticket by id.</summary>
    /// <param name="organizationId">The organisation that owns the ticket.</param>
    /// <param name="ticketId">The ticket's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ticket, or <see langword="null"/> when the organisation has no such ticket.</returns>
    Task<Ticket?> FindAsync(string organizationId, string ticketId, CancellationToken cancellationToken);

    /// <summary>Finds several tickets in one call (used by the GraphQL batch loader).</summary>
    /// <param name="organizationId">The organisation that owns the tickets.</param>
    /// <param name="ticketIds">The ids; unknown ones are left out of the result.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tickets found, in no particular order.</returns>
    Task<IReadOnlyList<Ticket>> FindManyAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken);

    /// <summary>Finds the ticket created with an idempotency key, so a retried create does not create twice.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="idempotencyKey">The key the client sent with the create.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ticket, or <see langword="null"/>.</returns>
    Task<Ticket?> FindByIdempotencyKeyAsync(string organizationId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Lists tickets matching a filter in the query's order (ties by number), one page at a time, after a keyset position.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="query">The filter, order, position and page size.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<TicketPage> ListAsync(string organizationId, TicketQuery query, CancellationToken cancellationToken);

    /// <summary>Counts tickets matching a filter.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The number of matching tickets.</returns>
    Task<long> CountAsync(string organizationId, TicketFilter filter, CancellationToken cancellationToken);

    /// <summary>Takes the next ticket number of an organisation (atomic; numbers are never reused).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number, starting at 1.</returns>
    Task<long> NextNumberAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>Stores a new ticket and the events of its creation in one atomic write.</summary>
    /// <param name="ticket">The ticket, with <see cref="Ticket.Version"/> 1.</param>
    /// <param name="idempotencyKey">The client's idempotency key, if it sent one.</param>
    /// <param name="events">The events to append to the organisation's log.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">The id, number or idempotency key is taken.</exception>
    Task InsertAsync(Ticket ticket, string? idempotencyKey, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Replaces a ticket if nobody changed it since it was read, appending events in the same atomic write.</summary>
    /// <param name="ticket">The new state, whose <see cref="Ticket.Version"/> is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>, or the ticket is gone.</exception>
    Task UpdateAsync(Ticket ticket, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken) =>
        UpdateAsync(ticket, expectedVersion, events, [], cancellationToken);

    /// <summary>Replaces a ticket if nobody changed it since it was read, adding notes and appending events in the same atomic write.</summary>
    /// <param name="ticket">The new state, whose <see cref="Ticket.Version"/> is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="notes">New notes or replies on the ticket.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>, or the ticket is gone.</exception>
    /// <exception cref="DuplicateKeyException">A note id is taken.</exception>
    Task UpdateAsync(Ticket ticket, int expectedVersion, IReadOnlyList<DomainEvent> events, IReadOnlyList<Note> notes, CancellationToken cancellationToken);
}
