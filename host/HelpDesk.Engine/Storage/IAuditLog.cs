using HelpDesk.Engine.Audit;

namespace HelpDesk.Engine.Storage;

/// <summary>Keeps each organisation's audit entries. There is no update and no delete: entries are only appended.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">An entry with this id exists; nothing was written.</exception>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Lists an organisation's entries, newest first (by id), a page at a time.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="action">Only entries of this action; <see langword="null"/> for all.</param>
    /// <param name="beforeId">The id of the entry to continue after (older entries follow); <see langword="null"/> to start at the newest.</param>
    /// <param name="limit">The most entries to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<Page<AuditEntry>> ListAsync(string organizationId, AuditAction? action, string? beforeId, int limit, CancellationToken cancellationToken);
}
