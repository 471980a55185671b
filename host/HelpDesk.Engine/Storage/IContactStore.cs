using HelpDesk.Engine.Directory;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>Stores an organisation's contacts (callers and customers). Every call is scoped to one organisation.</summary>
public interface IContactStore
{
    /// <summary>Finds a contact.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="contactId">The contact's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The contact, or <see langword="null"/> when the organisation has no such contact.</returns>
    Task<Contact?> FindAsync(string organizationId, string contactId, CancellationToken cancellationToken);

    /// <summary>Finds several contacts in one call (the GraphQL batch loader uses it).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="contactIds">The ids; unknown ones are left out.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The contacts found, in no particular order.</returns>
    Task<IReadOnlyList<Contact>> FindManyAsync(string organizationId, IReadOnlyCollection<string> contactIds, CancellationToken cancellationToken);

    /// <summary>Lists contacts ordered by id, a page at a time, optionally matching a text.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="query">The text to match, the position and the page size.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<Page<Contact>> ListAsync(string organizationId, DirectoryQuery query, CancellationToken cancellationToken);

    /// <summary>Stores a new contact (version 1).</summary>
    /// <param name="contact">The contact.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">The id is taken.</exception>
    Task InsertAsync(Contact contact, CancellationToken cancellationToken);

    /// <summary>Replaces a contact if nobody changed it since it was read.</summary>
    /// <param name="contact">The new state, whose version is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version differs, or the contact is gone.</exception>
    Task UpdateAsync(Contact contact, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Erases a contact's personal data in one atomic write: the contact is replaced by its erased state (if nobody
    /// changed it since it was read), and the free text of its tickets and of everything written on them – notes,
    /// messages, promises, transfer requests, survey answers, events (the fields of <see cref="ErasableText"/>) – is
    /// redacted. Versioned documents that change get a new version. Ids, statuses, times and numbers stay, and so do
    /// metric rollups.
    /// </summary>
    /// <param name="erased">The contact's erased state, whose version is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="redaction">What to take out of the free text.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of the contact's tickets.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version differs, or the contact is gone; nothing was written.</exception>
    Task<int> EraseAsync(Contact erased, int expectedVersion, PersonalDataRedaction redaction, CancellationToken cancellationToken);
}
