using HelpDesk.Engine.Storage;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Desk configurations, one document per organisation, saved with the same compare-and-swap on version as tickets.</summary>
internal sealed class MongoDeskConfigurationStore(MongoStoreDatabase database) : IDeskConfigurationStore
{
    public async Task<DeskConfiguration?> FindAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        var document = await database.DeskConfigurations.Find(DeskFilters.OfOrganization(organizationId)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : StoreBsonMapping.FromDocument<DeskConfiguration>(document);
    }

    public async Task SaveAsync(DeskConfiguration configuration, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (configuration.Version != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"The new configuration of '{configuration.OrganizationId}' must have version {expectedVersion + 1}; it has {configuration.Version}.",
                nameof(configuration));
        }

        var document = DeskDocuments.Configuration(configuration);
        if (expectedVersion == 0)
        {
            // Version 0 means "there was none": an insert that loses to a concurrent first save is a conflict too.
            try
            {
                await database.DeskConfigurations.InsertOneAsync(document, cancellationToken: cancellationToken);
                return;
            }
            catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
            {
                throw new ConcurrencyConflictException("desk configuration", configuration.OrganizationId, expectedVersion);
            }
        }

        var result = await database.DeskConfigurations.ReplaceOneAsync(
            DeskFilters.ConfigurationAtVersion(configuration.OrganizationId, expectedVersion), document, cancellationToken: cancellationToken);
        if (result.MatchedCount == 0)
        {
            throw new ConcurrencyConflictException("desk configuration", configuration.OrganizationId, expectedVersion);
        }
    }
}
