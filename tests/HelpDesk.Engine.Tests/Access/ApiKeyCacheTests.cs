using HelpDesk.Engine.Access;
using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Engine.Tests.Access;

/// <summary>Key records are reused for a few seconds: revocation here is immediate, one made elsewhere is seen once the record expires.</summary>
public sealed class ApiKeyCacheTests
{
    private static readonly AuditActor Admin = AuditActor.Host("api key cache tests");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_revoked_through_another_host_works_here_until_its_record_expires()
    {
        await using var harness = await EngineHarness.StartAsync();
        var (service, key, id) = await CreateKeyAsync(harness);
        Assert.NotNull(await service.AuthenticateAsync(key, Token));

        await harness.Get<IApiKeyStore>().RevokeAsync(EngineHarness.OrganizationId, id, harness.Clock.GetUtcNow(), Token);
        var withinLifetime = await service.AuthenticateAsync(key, Token);
        harness.Clock.Advance(TimeSpan.FromSeconds(6));
        var afterLifetime = await service.AuthenticateAsync(key, Token);

        Assert.Equal(id, withinLifetime?.KeyId);
        Assert.Null(afterLifetime);
    }

    [Fact]
    public async Task A_key_revoked_through_this_host_stops_at_once_and_a_wrong_secret_never_passes()
    {
        await using var harness = await EngineHarness.StartAsync();
        var (service, key, id) = await CreateKeyAsync(harness);
        await service.AuthenticateAsync(key, Token);

        var wrongSecret = await service.AuthenticateAsync(key[..^1] + (key[^1] == 'a' ? 'b' : 'a'), Token);
        await service.RevokeAsync(EngineHarness.OrganizationId, id, Admin, Token);

        Assert.Null(wrongSecret);
        Assert.Null(await service.AuthenticateAsync(key, Token));
    }

    [Fact]
    public async Task With_the_cache_off_every_request_reads_the_store()
    {
        await using var harness = await EngineHarness.StartAsync(services => services.Configure<ApiKeyCacheOptions>(o => o.KeyCacheSeconds = 0));
        var (service, key, id) = await CreateKeyAsync(harness);
        await service.AuthenticateAsync(key, Token);

        await harness.Get<IApiKeyStore>().RevokeAsync(EngineHarness.OrganizationId, id, harness.Clock.GetUtcNow(), Token);

        Assert.Null(await service.AuthenticateAsync(key, Token));
    }

    private static async Task<(ApiKeyService Service, string Key, string Id)> CreateKeyAsync(EngineHarness harness)
    {
        var service = harness.Get<ApiKeyService>();
        var created = (await service.CreateAsync(EngineHarness.OrganizationId, "console", ApiKeyRole.Agent, Admin, Token)).Value!;
        return (service, created.Key, created.Record.Id);
    }
}
