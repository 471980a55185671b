using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Desk configurations as JSON documents, saved with the same compare-and-swap on version as tickets.</summary>
internal sealed class SqliteDeskConfigurationStore(SqliteDatabase database) : IDeskConfigurationStore
{
    public Task<DeskConfiguration?> FindAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection
                    .Command("SELECT document FROM desk_configurations WHERE organization_id = @organization_id;")
                    .With("@organization_id", organizationId);
                return await command.ReadDocumentAsync<DeskConfiguration>(cancellationToken);
            },
            cancellationToken);
    }

    public Task SaveAsync(DeskConfiguration configuration, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (configuration.Version != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"The new configuration of '{configuration.OrganizationId}' must have version {expectedVersion + 1}; it has {configuration.Version}.",
                nameof(configuration));
        }

        // Version 0 means "there was none": an insert that loses to a concurrent first save is a conflict too.
        var sql = expectedVersion == 0
            ? "INSERT INTO desk_configurations (organization_id, version, document) VALUES (@organization_id, @version, @document);"
            : """
              UPDATE desk_configurations SET version = @version, document = @document
              WHERE organization_id = @organization_id AND version = @expected_version;
              """;
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(sql, transaction)
                    .With("@organization_id", configuration.OrganizationId)
                    .With("@version", configuration.Version)
                    .With("@expected_version", expectedVersion)
                    .With("@document", StoreJson.Serialize(configuration));
                int changed;
                try
                {
                    changed = await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    changed = 0;
                }

                return changed == 0
                    ? throw new ConcurrencyConflictException("desk configuration", configuration.OrganizationId, expectedVersion)
                    : changed;
            },
            cancellationToken);
    }
}
