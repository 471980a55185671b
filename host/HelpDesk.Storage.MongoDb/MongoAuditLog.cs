using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Audit entries in <c>auditLog</c>, keyed by organisation and id; this store only inserts and reads them.</summary>
internal sealed class MongoAuditLog(MongoStoreDatabase database) : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await database.AuditLog.InsertOneAsync(ToDocument(entry), cancellationToken: cancellationToken);
        }
        catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
        {
            throw new DuplicateKeyException("audit entry", "id");
        }
    }

    public async Task<Page<AuditEntry>> ListAsync(string organizationId, AuditAction? action, string? beforeId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var documents = await database.AuditLog.Find(AuditFilters.Page(organizationId, action, beforeId))
            .Sort(AuditFilters.NewestFirst).Limit(limit + 1).ToListAsync(cancellationToken);
        return new Page<AuditEntry>([.. documents.Take(limit).Select(StoreBsonMapping.FromDocument<AuditEntry>)], documents.Count > limit);
    }

    /// <summary>The entry as stored: <c>_id</c> from the organisation and id, then the entry's own fields.</summary>
    internal static BsonDocument ToDocument(AuditEntry entry)
    {
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(entry.OrganizationId, entry.Id));
        document.AddRange(StoreBsonMapping.ToDocument(entry));
        return document;
    }
}
