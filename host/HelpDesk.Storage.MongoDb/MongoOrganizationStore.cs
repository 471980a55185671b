using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Organisations, one document each. The host's readiness check reads one, so a lost database fails it within the
/// server selection timeout instead of hanging.
/// </summary>
internal sealed class MongoOrganizationStore(MongoStoreDatabase database) : IOrganizationStore
{
    public async Task<Organization?> FindAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        var document = await database.Organizations.Find(DeskFilters.OfOrganization(organizationId)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : StoreBsonMapping.FromDocument<Organization>(document);
    }

    public Task UpsertAsync(Organization organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return Upserts.RetryOnceOnDuplicateKeyAsync(
            () => database.Organizations.ReplaceOneAsync(
                DeskFilters.OfOrganization(organization.Id),
                DeskDocuments.Organization(organization),
                new ReplaceOptions { IsUpsert = true },
                cancellationToken));
    }

    /// <summary>
    /// Lists organisation ids; the one read that spans organisations, made by work that visits each of them in turn
    /// (metric projection, escalation timers). It returns ids only, never another organisation's data.
    /// </summary>
    /// <param name="afterId">List the ids after this one; <see langword="null"/> to start at the first.</param>
    /// <param name="limit">How many ids at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ids, in ordinal order.</returns>
    public async Task<IReadOnlyList<string>> ListIdsAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var documents = await database.Organizations
            .Find(Builders<BsonDocument>.Filter.Gt(Fields.OrganizationId, afterId ?? ""))
            .Sort(Builders<BsonDocument>.Sort.Ascending(Fields.OrganizationId))
            .Project(Builders<BsonDocument>.Projection.Include(Fields.OrganizationId).Exclude(Fields.Id))
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return documents.Select(d => d[Fields.OrganizationId].AsString).ToList();
    }
}
