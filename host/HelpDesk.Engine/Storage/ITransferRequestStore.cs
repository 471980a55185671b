using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Storage;

/// <summary>Keeps warm transfer requests; each write appends its events in the same atomic write.</summary>
public interface ITransferRequestStore
{
    /// <summary>Stores a new request with the events of its creation.</summary>
    /// <param name="request">The request, with version 1.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">The id is taken.</exception>
    Task InsertAsync(TransferRequest request, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Finds a request of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The request, or <see langword="null"/>.</returns>
    Task<TransferRequest?> FindAsync(string organizationId, string requestId, CancellationToken cancellationToken);

    /// <summary>Lists requests, oldest first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="filter">Which requests.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The requests.</returns>
    Task<IReadOnlyList<TransferRequest>> ListAsync(string organizationId, TransferRequestFilter filter, CancellationToken cancellationToken);

    /// <summary>Replaces a request if nobody changed it since it was read, appending events in the same atomic write.</summary>
    /// <param name="request">The new state, whose version is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>, or the request is gone.</exception>
    Task UpdateAsync(TransferRequest request, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);
}
