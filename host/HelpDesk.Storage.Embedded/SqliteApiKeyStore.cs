using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// API keys as JSON documents. The key id alone is the primary key: a key is looked up by it before its organisation is
/// known. Every other read and write is scoped to the organisation.
/// </summary>
internal sealed class SqliteApiKeyStore(SqliteDatabase database) : IApiKeyStore
{
    public Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Prepared("SELECT document FROM api_keys WHERE id = @id;").With("@id", keyId);
                return await command.ReadDocumentAsync<ApiKeyRecord>(cancellationToken);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return database.ReadAsync<IReadOnlyList<ApiKeyRecord>>(
            async connection =>
            {
                await using var command = connection
                    .Command("SELECT document FROM api_keys WHERE organization_id = @organization_id ORDER BY created_at, id;")
                    .With("@organization_id", organizationId);
                return await command.ReadDocumentsAsync<ApiKeyRecord>(cancellationToken);
            },
            cancellationToken);
    }

    public Task InsertAsync(ApiKeyRecord key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Bind(
                    connection.Command(
                        """
                        INSERT INTO api_keys (id, organization_id, created_at, revoked_at, document)
                        VALUES (@id, @organization_id, @created_at, @revoked_at, @document);
                        """,
                        transaction),
                    key);
                try
                {
                    return await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    throw new DuplicateKeyException("api key", "id");
                }
            },
            cancellationToken);
    }

    public Task<bool> RevokeAsync(string organizationId, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(keyId);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                // Read and write in one write transaction: nobody can revoke (or change) the key in between.
                await using var read = connection.Command(
                    "SELECT document FROM api_keys WHERE organization_id = @organization_id AND id = @id AND revoked_at IS NULL;", transaction)
                    .With("@organization_id", organizationId)
                    .With("@id", keyId);
                if (await read.ReadDocumentAsync<ApiKeyRecord>(cancellationToken) is not { } key)
                {
                    return false;
                }

                var revoked = key with { RevokedAt = revokedAt };
                await using var write = Bind(
                    connection.Command("UPDATE api_keys SET revoked_at = @revoked_at, document = @document WHERE id = @id;", transaction),
                    revoked);
                return await write.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            cancellationToken);
    }

    private static SqliteCommand Bind(SqliteCommand command, ApiKeyRecord key) => command
        .With("@id", key.Id)
        .With("@organization_id", key.OrganizationId)
        .With("@created_at", UtcText.From(key.CreatedAt))
        .With("@revoked_at", key.RevokedAt is { } revokedAt ? UtcText.From(revokedAt) : null)
        .With("@document", StoreJson.Serialize(key));
}
