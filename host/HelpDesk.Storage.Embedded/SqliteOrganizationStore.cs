using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>Organisations as JSON documents keyed by their id.</summary>
internal sealed class SqliteOrganizationStore(SqliteDatabase database) : IOrganizationStore
{
    public Task<Organization?> FindAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection
                    .Prepared("SELECT document FROM organizations WHERE organization_id = @organization_id;")
                    .With("@organization_id", organizationId);
                return await command.ReadDocumentAsync<Organization>(cancellationToken);
            },
            cancellationToken);
    }

    public Task UpsertAsync(Organization organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(
                    """
                    INSERT INTO organizations (organization_id, document) VALUES (@organization_id, @document)
                    ON CONFLICT (organization_id) DO UPDATE SET document = excluded.document;
                    """,
                    transaction)
                    .With("@organization_id", organization.Id)
                    .With("@document", StoreJson.Serialize(organization));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListIdsAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return database.ReadAsync<IReadOnlyList<string>>(
            async connection =>
            {
                await using var command = connection
                    .Command("SELECT organization_id FROM organizations WHERE organization_id > @after ORDER BY organization_id LIMIT @limit;")
                    .With("@after", afterId ?? "")
                    .With("@limit", limit);
                return await command.ReadStringsAsync(cancellationToken);
            },
            cancellationToken);
    }
}
