using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
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
}
