using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Access;

/// <summary>
/// Creates, checks, lists and revokes API keys. Keys are stored as salted hashes and shown only at creation; creating and
/// revoking are recorded in the audit log. Working key records are reused for a few seconds (see
/// <see cref="ApiKeyCacheOptions"/>), so most requests check their key without reading the store.
/// </summary>
public sealed class ApiKeyService(
    IApiKeyStore keys, IOrganizationStore organizations, AuditTrail audit, TimeProvider clock, IOptions<ApiKeyCacheOptions> cacheOptions)
{
    private readonly ApiKeyCache cache = new(TimeSpan.FromSeconds(cacheOptions.Value.KeyCacheSeconds), clock);

    /// <summary>The longest key name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Creates a key for an organisation.</summary>
    /// <param name="organizationId">The organisation the key acts for.</param>
    /// <param name="name">A name that tells people which key it is.</param>
    /// <param name="role">What the key may do.</param>
    /// <param name="actor">Who creates it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The created key (its full text is in the result only), or input errors.</returns>
    public async Task<OperationResult<CreatedApiKey>> CreateAsync(string organizationId, string name, ApiKeyRole role, AuditActor actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            return OperationResult<CreatedApiKey>.Failure([UserError.ForInput("name", $"Give the key a name of 1 to {MaxNameLength} characters, so people can tell keys apart.", UserErrorCode.Invalid)]);
        }

        if (await organizations.FindAsync(organizationId, cancellationToken) is null)
        {
            return OperationResult<CreatedApiKey>.Failure([UserError.ForInput("organizationId", $"The organisation '{organizationId}' does not exist.", UserErrorCode.NotFound)]);
        }

        var (id, key) = ApiKeySecret.Generate();
        ApiKeySecret.TryParse(key, out _, out var secret);
        var salt = ApiKeySecret.NewSalt();
        var record = new ApiKeyRecord
        {
            Id = id,
            OrganizationId = organizationId,
            Name = name.Trim(),
            Role = role,
            Salt = salt,
            Hash = ApiKeySecret.Hash(salt, secret!),
            CreatedAt = clock.GetUtcNow(),
        };
        await keys.InsertAsync(record, cancellationToken);
        await RecordCreatedAsync(record, actor, cancellationToken);
        return OperationResult<CreatedApiKey>.Success(new CreatedApiKey(record, key));
    }

    /// <summary>Finds who a presented key acts for.</summary>
    /// <param name="presentedKey">The key as the client sent it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The caller, or <see langword="null"/> when the key is malformed, unknown, revoked or wrong.</returns>
    public async Task<Caller?> AuthenticateAsync(string? presentedKey, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(presentedKey, out var id, out var secret))
        {
            return null;
        }

        var record = cache.Find(id);
        if (record is null)
        {
            record = await keys.FindAsync(id, cancellationToken);
            if (record is not null)
            {
                cache.Keep(record);
            }
        }

        return record is { RevokedAt: null } && ApiKeySecret.Matches(record.Salt, record.Hash, secret)
            ? new Caller(record.OrganizationId, record.Role, record.Id, record.Name)
            : null;
    }

    /// <summary>Lists an organisation's keys (without secrets).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The keys, oldest first.</returns>
    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string organizationId, CancellationToken cancellationToken) =>
        keys.ListAsync(organizationId, cancellationToken);

    /// <summary>Revokes a key of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="keyId">The key id.</param>
    /// <param name="actor">Who revokes it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when the key was revoked now.</returns>
    public async Task<bool> RevokeAsync(string organizationId, string keyId, AuditActor actor, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(organizationId, keyId, clock.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        cache.Drop(keyId);

        await audit.RecordAsync(organizationId, actor, AuditAction.ApiKeyRevoked, (AuditTargets.ApiKey, keyId), $"Revoked API key {keyId}.", cancellationToken);
        return true;
    }

    /// <summary>Records in the audit log that a key was stored; the host's own keys (bootstrap) are recorded this way too.</summary>
    /// <param name="key">The stored key.</param>
    /// <param name="actor">Who created it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the entry is written.</returns>
    internal Task RecordCreatedAsync(ApiKeyRecord key, AuditActor actor, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            key.OrganizationId, actor, AuditAction.ApiKeyCreated, (AuditTargets.ApiKey, key.Id), $"Created API key '{key.Name}' with the role {key.Role}.", cancellationToken);
}
