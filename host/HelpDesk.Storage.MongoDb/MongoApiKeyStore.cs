using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// API keys, one document each with the key id as <c>_id</c>. Looking a key up by its id is the one read across
/// organisations; listing and revoking are scoped to the organisation.
/// </summary>
internal sealed class MongoApiKeyStore(MongoStoreDatabase database) : IApiKeyStore
{
    public async Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var document = await database.ApiKeys.Find(ApiKeyFilters.ByKeyIdInAnyOrganization(keyId)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : ApiKeyDocuments.FromDocument(document);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        var documents = await database.ApiKeys.Find(ApiKeyFilters.OfOrganization(organizationId)).Sort(ApiKeyFilters.ByCreation).ToListAsync(cancellationToken);
        return [.. documents.Select(ApiKeyDocuments.FromDocument)];
    }

    public async Task InsertAsync(ApiKeyRecord key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            await database.ApiKeys.InsertOneAsync(ApiKeyDocuments.ToDocument(key), cancellationToken: cancellationToken);
        }
        catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
        {
            throw new DuplicateKeyException("api key", "id");
        }
    }

    public async Task<bool> RevokeAsync(string organizationId, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(keyId);

        // One conditional update: of two concurrent revocations exactly one matches.
        var result = await database.ApiKeys.UpdateOneAsync(
            ApiKeyFilters.Unrevoked(organizationId, keyId), ApiKeyDocuments.Revocation(revokedAt), cancellationToken: cancellationToken);
        return result.MatchedCount > 0;
    }
}
