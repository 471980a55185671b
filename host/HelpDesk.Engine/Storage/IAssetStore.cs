using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>Stores an organisation's assets (units tickets can be about). Every call is scoped to one organisation.</summary>
public interface IAssetStore
{
    /// <summary>Finds an asset.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="assetId">The asset's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The asset, or <see langword="null"/>.</returns>
    Task<Asset?> FindAsync(string organizationId, string assetId, CancellationToken cancellationToken);

    /// <summary>Finds several assets in one call.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="assetIds">The ids; unknown ones are left out.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The assets found, in no particular order.</returns>
    Task<IReadOnlyList<Asset>> FindManyAsync(string organizationId, IReadOnlyCollection<string> assetIds, CancellationToken cancellationToken);

    /// <summary>Finds an asset by its serial number (unique per organisation).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="serialNumber">The serial number, compared exactly.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The asset, or <see langword="null"/>.</returns>
    Task<Asset?> FindBySerialNumberAsync(string organizationId, string serialNumber, CancellationToken cancellationToken);

    /// <summary>Lists assets ordered by id, a page at a time, optionally matching a text or belonging to a contact.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="query">The text to match (serial number, model), the owner, the position and the page size.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<Page<Asset>> ListAsync(string organizationId, DirectoryQuery query, CancellationToken cancellationToken);

    /// <summary>Stores a new asset (version 1).</summary>
    /// <param name="asset">The asset.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">The id or serial number is taken.</exception>
    Task InsertAsync(Asset asset, CancellationToken cancellationToken);

    /// <summary>Replaces an asset if nobody changed it since it was read.</summary>
    /// <param name="asset">The new state, whose version is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version differs, or the asset is gone.</exception>
    Task UpdateAsync(Asset asset, int expectedVersion, CancellationToken cancellationToken);
}
