using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Audit entries as JSON documents in <c>audit_log</c>; this store has no statement that updates or deletes one.</summary>
internal sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(
                    """
                    INSERT INTO audit_log (organization_id, id, action, occurred_at, document)
                    VALUES (@organization_id, @id, @action, @occurred_at, @document);
                    """,
                    transaction)
                    .With("@organization_id", entry.OrganizationId)
                    .With("@id", entry.Id)
                    .With("@action", entry.Action.ToString())
                    .With("@occurred_at", UtcText.From(entry.OccurredAt))
                    .With("@document", StoreJson.Serialize(entry));
                try
                {
                    return await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    throw new DuplicateKeyException("audit entry", "id");
                }
            },
            cancellationToken);
    }

    public Task<Page<AuditEntry>> ListAsync(string organizationId, AuditAction? action, string? beforeId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command(
                    """
                    SELECT document FROM audit_log
                    WHERE organization_id = @organization_id
                      AND (@action IS NULL OR action = @action)
                      AND (@before IS NULL OR id < @before)
                    ORDER BY id DESC LIMIT @limit;
                    """)
                    .With("@organization_id", organizationId)
                    .With("@action", action?.ToString())
                    .With("@before", beforeId)
                    .With("@limit", limit + 1);
                var (items, hasMore) = await command.ReadDocumentPageAsync<AuditEntry>(limit, cancellationToken);
                return new Page<AuditEntry>(items, hasMore);
            },
            cancellationToken);
    }
}
