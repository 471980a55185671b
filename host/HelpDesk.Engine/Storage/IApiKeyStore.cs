using HelpDesk.Engine.Auth;

namespace HelpDesk.Engine.Storage;

/// <summary>
/// Stores API keys (hashed). Lookup by key id is the one read not scoped to an organisation: it is how a
/// request's organisation is found in the first place. The key id is unique across organisations.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>Finds a key by its public id, whatever its organisation.</summary>
    /// <param name="keyId">The key id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>Lists an organisation's keys, revoked ones included, oldest first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The keys.</returns>
    Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>Stores a new key.</summary>
    /// <param name="key">The key record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">The key id is taken.</exception>
    Task InsertAsync(ApiKeyRecord key, CancellationToken cancellationToken);

    /// <summary>Revokes a key of an organisation.</summary>
    /// <param name="organizationId">The organisation (a key of another organisation is not found).</param>
    /// <param name="keyId">The key id.</param>
    /// <param name="revokedAt">When.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when a key was revoked now; <see langword="false"/> when there is no such key or it already was.</returns>
    Task<bool> RevokeAsync(string organizationId, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken);
}
