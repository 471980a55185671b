using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;

namespace HelpDesk.Engine.Audit;

/// <summary>
/// Records the audited changes and reads them back for admins. A change is recorded right after it is saved; should the
/// entry fail to be written, the error reaches the caller, so a change never goes unrecorded without anyone knowing.
/// </summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider clock)
{
    /// <summary>The most entries one page holds.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Records a change.</summary>
    /// <param name="organizationId">The organisation the change was made in.</param>
    /// <param name="actor">Who made it.</param>
    /// <param name="action">What was done.</param>
    /// <param name="target">The kind and id of what was changed.</param>
    /// <param name="summary">What changed, in words, without secrets or personal data.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The entry as recorded.</returns>
    public async Task<AuditEntry> RecordAsync(
        string organizationId, AuditActor actor, AuditAction action, (string Kind, string Id) target, string summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            OccurredAt = clock.GetUtcNow(),
            ActorKeyId = actor.KeyId,
            ActorName = actor.Name,
            ActorRole = actor.Role,
            Action = action,
            TargetKind = target.Kind,
            TargetId = target.Id,
            Summary = summary,
        };
        await log.AppendAsync(entry, cancellationToken);
        return entry;
    }

    /// <summary>Lists the organisation's entries, newest first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="action">Only entries of this action; <see langword="null"/> for all.</param>
    /// <param name="beforeId">The id of the entry to continue after; <see langword="null"/> to start at the newest.</param>
    /// <param name="limit">How many, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    public Task<Page<AuditEntry>> ListAsync(string organizationId, AuditAction? action, string? beforeId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        return log.ListAsync(organizationId, action, beforeId, limit, cancellationToken);
    }
}
