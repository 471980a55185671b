using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Assets as documents keyed by organisation and id, unique by serial number per organisation, saved with compare-and-swap on version.</summary>
internal sealed class MongoAssetStore(MongoStoreDatabase database) : IAssetStore
{
    private readonly DirectoryCollection<Asset> assets = new(
        database.Assets,
        new DirectoryMapping<Asset>
        {
            Entity = "asset",
            OrganizationIdOf = a => a.OrganizationId,
            IdOf = a => a.Id,
            VersionOf = a => a.Version,
            ToDocument = DirectoryDocuments.Asset,
        });

    public Task<Asset?> FindAsync(string organizationId, string assetId, CancellationToken cancellationToken) =>
        assets.FindAsync(organizationId, assetId, cancellationToken);

    public Task<IReadOnlyList<Asset>> FindManyAsync(string organizationId, IReadOnlyCollection<string> assetIds, CancellationToken cancellationToken) =>
        assets.FindManyAsync(organizationId, assetIds, cancellationToken);

    public Task<Asset?> FindBySerialNumberAsync(string organizationId, string serialNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(serialNumber);
        return assets.FindOneAsync(DirectoryFilters.AssetBySerialNumber(organizationId, serialNumber), cancellationToken);
    }

    public Task<Page<Asset>> ListAsync(string organizationId, DirectoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(query);
        return assets.ListAsync(DirectoryFilters.Assets(organizationId, query), query.Limit, cancellationToken);
    }

    public Task InsertAsync(Asset asset, CancellationToken cancellationToken) => assets.InsertAsync(asset, cancellationToken);

    public Task UpdateAsync(Asset asset, int expectedVersion, CancellationToken cancellationToken) =>
        assets.UpdateAsync(asset, expectedVersion, cancellationToken);
}
