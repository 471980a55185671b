using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Storage;

/// <summary>
/// Keeps interactions (calls, chats, e-mail threads) with their steps and holds. Every call is scoped to one organisation;
/// writes store the interaction and its events atomically.
/// </summary>
public interface IInteractionStore
{
    /// <summary>Stores a new interaction and the events of its start in one atomic write.</summary>
    /// <param name="interaction">The interaction, with <see cref="Interaction.Version"/> 1.</param>
    /// <param name="events">The events to append to the organisation's log.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">The id is taken.</exception>
    Task InsertAsync(Interaction interaction, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Finds an interaction by id.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The interaction, or <see langword="null"/> when the organisation has no such interaction.</returns>
    Task<Interaction?> FindAsync(string organizationId, string interactionId, CancellationToken cancellationToken);

    /// <summary>Replaces an interaction if nobody changed it since it was read, appending events in the same atomic write.</summary>
    /// <param name="interaction">The new state, whose <see cref="Interaction.Version"/> is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>, or the interaction is gone.</exception>
    Task UpdateAsync(Interaction interaction, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Lists the interactions about some tickets, oldest started first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketIds">The tickets.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The interactions.</returns>
    Task<IReadOnlyList<Interaction>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken);

    /// <summary>Lists the organisation's callers on hold: interactions whose last hold is open, longest waiting first (first in, first out).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The held interactions, in the order they were put on hold.</returns>
    Task<IReadOnlyList<Interaction>> ListHeldAsync(string organizationId, CancellationToken cancellationToken);
}
