using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task An_api_key_is_found_by_its_id_alone_with_every_field()
    {
        var key = ApiKeySamples.Key(OrgA, "k-1", Samples.Now);
        var revoked = ApiKeySamples.Key(OrgB, "k-2", Samples.Now.AddDays(-1)) with
        {
            Role = ApiKeyRole.Admin,
            RevokedAt = Samples.Now.AddTicks(7).ToOffset(TimeSpan.FromHours(-7)),
        };

        await Store.ApiKeys.InsertAsync(key, Ct);
        await Store.ApiKeys.InsertAsync(revoked, Ct);

        Assert.Equal(Samples.Json(key), Samples.Json(await Store.ApiKeys.FindAsync("k-1", Ct)));
        Assert.Equal(Samples.Json(revoked), Samples.Json(await Store.ApiKeys.FindAsync("k-2", Ct)));
        Assert.Null(await Store.ApiKeys.FindAsync("missing", Ct));
    }

    [Fact]
    public async Task A_key_id_is_taken_across_organisations()
    {
        await Store.ApiKeys.InsertAsync(ApiKeySamples.Key(OrgA, "k-1", Samples.Now), Ct);

        var duplicate = await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.ApiKeys.InsertAsync(ApiKeySamples.Key(OrgB, "k-1", Samples.Now), Ct));

        Assert.Equal(("api key", "id"), (duplicate.Entity, duplicate.Key));
        Assert.Equal(OrgA, (await Store.ApiKeys.FindAsync("k-1", Ct))!.OrganizationId);
        Assert.Empty(await Store.ApiKeys.ListAsync(OrgB, Ct));
    }

    [Fact]
    public async Task An_organisations_keys_are_listed_oldest_first_revoked_ones_included()
    {
        await Store.ApiKeys.InsertAsync(ApiKeySamples.Key(OrgA, "k-3", Samples.Now.AddDays(2)), Ct);
        await Store.ApiKeys.InsertAsync(ApiKeySamples.Key(OrgA, "k-1", Samples.Now), Ct);
        await Store.ApiKeys.InsertAsync(ApiKeySamples.Key(OrgA, "k-2", Samples.Now.AddDays(1)) with { RevokedAt = Samples.Now.AddDays(3) }, Ct);
        await Store.ApiKeys.InsertAsync(ApiKeySamples.Key(OrgA, "k-0", Samples.Now.AddDays(1).ToOffset(TimeSpan.FromHours(-3))), Ct);
        await Store.ApiKeys.InsertAsync(ApiKeySamples.Key(OrgB, "k-9", Samples.Now), Ct);

        Assert.Equal(["k-1", "k-0", "k-2", "k-3"], (await Store.ApiKeys.ListAsync(OrgA, Ct)).Select(k => k.Id));
        Assert.Equal(["k-9"], (await Store.ApiKeys.ListAsync(OrgB, Ct)).Select(k => k.Id));
        Assert.Empty(await Store.ApiKeys.ListAsync("org-none", Ct));
    }

    [Fact]
    public async Task A_key_is_revoked_once_and_only_by_its_own_organisation()
    {
        var key = ApiKeySamples.Key(OrgA, "k-1", Samples.Now);
        await Store.ApiKeys.InsertAsync(key, Ct);
        var revokedAt = Samples.Now.AddHours(1).AddTicks(3).ToOffset(TimeSpan.FromHours(9));

        Assert.False(await Store.ApiKeys.RevokeAsync(OrgB, "k-1", Samples.Now, Ct));
        Assert.Equal(Samples.Json(key), Samples.Json(await Store.ApiKeys.FindAsync("k-1", Ct)));
        Assert.True(await Store.ApiKeys.RevokeAsync(OrgA, "k-1", revokedAt, Ct));
        Assert.False(await Store.ApiKeys.RevokeAsync(OrgA, "k-1", revokedAt.AddDays(1), Ct));
        Assert.False(await Store.ApiKeys.RevokeAsync(OrgA, "missing", revokedAt, Ct));

        var revoked = key with { RevokedAt = revokedAt };
        Assert.Equal(Samples.Json(revoked), Samples.Json(await Store.ApiKeys.FindAsync("k-1", Ct)));
        Assert.Equal(Samples.Json(revoked), Samples.Json(Assert.Single(await Store.ApiKeys.ListAsync(OrgA, Ct))));
    }
}
