using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Storage;

/// <summary>Keeps the messages taken for people who could not take a call; each write appends its events atomically.</summary>
public interface IMessageStore
{
    /// <summary>Stores a new message with the events of its taking.</summary>
    /// <param name="message">The message, with version 1.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">The id is taken.</exception>
    Task InsertAsync(CallerMessage message, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Finds a message of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="messageId">The message.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The message, or <see langword="null"/>.</returns>
    Task<CallerMessage?> FindAsync(string organizationId, string messageId, CancellationToken cancellationToken);

    /// <summary>Lists the messages for a person or team, oldest call first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="filter">Which messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The messages.</returns>
    Task<IReadOnlyList<CallerMessage>> ListAsync(string organizationId, MessageFilter filter, CancellationToken cancellationToken);

    /// <summary>Replaces a message if nobody changed it since it was read, appending events in the same atomic write.</summary>
    /// <param name="message">The new state, whose version is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>, or the message is gone.</exception>
    Task UpdateAsync(CallerMessage message, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);
}
