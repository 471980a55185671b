using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Storage;

/// <summary>Keeps the promises agents made to callers; each write appends its events in the same atomic write.</summary>
public interface IPromiseStore
{
    /// <summary>Stores a new promise with its events.</summary>
    /// <param name="promise">The promise.</param>
    /// <param name="events">The events it causes (at least <see cref="PromiseMade"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">A promise with this id exists; nothing was written.</exception>
    Task InsertAsync(Promise promise, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Replaces a promise if it is still at the expected version, and appends the events, in one atomic write.</summary>
    /// <param name="promise">The promise as it is now (its version is the new one).</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="events">The events the change causes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">The promise changed or vanished since it was read; nothing was written.</exception>
    Task UpdateAsync(Promise promise, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Finds a promise of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="promiseId">The promise.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The promise, or <see langword="null"/>.</returns>
    Task<Promise?> FindAsync(string organizationId, string promiseId, CancellationToken cancellationToken);

    /// <summary>Lists the promises made on some tickets in one call (the batch loader uses it), earliest due first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketIds">The tickets.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The promises of all the tickets.</returns>
    Task<IReadOnlyList<Promise>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken);

    /// <summary>
    /// Lists the organisation's promises that are due by a time and neither kept nor broken (open or overdue), oldest due
    /// first (ties by id), a page at a time.
    /// </summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="dueBy">The time they are due by (inclusive), usually now.</param>
    /// <param name="after">The position (due time and id) of the promise to start after; <see langword="null"/> to start at the oldest.</param>
    /// <param name="limit">The most promises to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<Page<Promise>> ListPastDueAsync(string organizationId, DateTimeOffset dueBy, PromisePosition? after, int limit, CancellationToken cancellationToken);
}
