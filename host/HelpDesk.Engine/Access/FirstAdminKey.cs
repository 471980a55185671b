using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Access;

/// <summary>
/// Makes sure a fresh desk can be used: the operator's configured admin key is stored, or, when the default
/// organisation has no key at all, one is generated and written to a file readable only by its owner.
/// The key itself never goes to the log.
/// </summary>
internal sealed partial class FirstAdminKey(
    IApiKeyStore keys,
    ApiKeyService service,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<HelpDeskOptions> options,
    TimeProvider clock,
    ILogger<FirstAdminKey> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var organizationId = options.Value.DefaultOrganization.Id;
        if (bootstrap.Value.AdminKey is { Length: > 0 } configured)
        {
            await StoreConfiguredAsync(organizationId, configured, cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(bootstrap.Value.AdminKeyFile) || (await keys.ListAsync(organizationId, cancellationToken)).Count > 0)
        {
            return;
        }

        var created = await service.CreateAsync(organizationId, "first admin (generated at first start)", ApiKeyRole.Admin, AuditActor.Host("first start"), cancellationToken);
        var path = Path.GetFullPath(bootstrap.Value.AdminKeyFile);
        await File.WriteAllTextAsync(path, created.Value!.Key + Environment.NewLine, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        LogGenerated(logger, organizationId, path);
    }

    private async Task StoreConfiguredAsync(string organizationId, string key, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(key, out var id, out var secret))
        {
            throw new InvalidOperationException($"{BootstrapOptions.Section}:AdminKey must look like hd_<16 hex digits>_<at least 20 characters>.");
        }

        if (await keys.FindAsync(id, cancellationToken) is not null)
        {
            return;
        }

        var salt = ApiKeySecret.NewSalt();
        var record = new ApiKeyRecord
        {
            Id = id,
            OrganizationId = organizationId,
            Name = "bootstrap admin (from configuration)",
            Role = ApiKeyRole.Admin,
            Salt = salt,
            Hash = ApiKeySecret.Hash(salt, secret),
            CreatedAt = clock.GetUtcNow(),
        };
        await keys.InsertAsync(record, cancellationToken);
        await service.RecordCreatedAsync(record, AuditActor.Host($"configuration ({BootstrapOptions.Section}:AdminKey)"), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Organisation {OrganizationId} had no API key: an admin key was generated and written to {Path}. Keep it secret; create other keys with it and revoke it when done.")]
    private static partial void LogGenerated(ILogger logger, string organizationId, string path);
}
