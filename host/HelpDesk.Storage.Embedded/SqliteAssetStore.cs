using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>Assets as JSON documents keyed by organisation and id, unique by serial number per organisation, saved with compare-and-swap on version.</summary>
internal sealed class SqliteAssetStore(SqliteDatabase database) : IAssetStore
{
    private readonly DirectoryTable<Asset> table = new(database, AssetTable.Map);

    public Task<Asset?> FindAsync(string organizationId, string assetId, CancellationToken cancellationToken) =>
        table.FindAsync(organizationId, assetId, cancellationToken);

    public Task<IReadOnlyList<Asset>> FindManyAsync(string organizationId, IReadOnlyCollection<string> assetIds, CancellationToken cancellationToken) =>
        table.FindManyAsync(organizationId, assetIds, cancellationToken);

    public Task<Asset?> FindBySerialNumberAsync(string organizationId, string serialNumber, CancellationToken cancellationToken) =>
        table.FindByAsync(organizationId, AssetTable.SerialNumberColumn, serialNumber, cancellationToken);

    public Task<Page<Asset>> ListAsync(string organizationId, DirectoryQuery query, CancellationToken cancellationToken) =>
        table.ListAsync(organizationId, query, cancellationToken);

    public Task InsertAsync(Asset asset, CancellationToken cancellationToken) => table.InsertAsync(asset, cancellationToken);

    public Task UpdateAsync(Asset asset, int expectedVersion, CancellationToken cancellationToken) =>
        table.UpdateAsync(asset, expectedVersion, cancellationToken);
}
