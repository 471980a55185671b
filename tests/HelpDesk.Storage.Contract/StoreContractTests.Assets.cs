using HelpDesk.Engine.Storage;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task An_asset_reads_back_with_every_field_and_is_found_by_its_exact_serial_number()
    {
        var asset = DirectorySamples.FullAsset(OrgA, "a-1");

        await Store.Assets.InsertAsync(asset, Ct);

        Assert.Equal(Samples.Json(asset), Samples.Json(await Store.Assets.FindAsync(OrgA, "a-1", Ct)));
        Assert.Equal(Samples.Json(asset), Samples.Json(Assert.Single(await Store.Assets.FindManyAsync(OrgA, ["a-1", "missing"], Ct))));
        Assert.Equal(Samples.Json(asset), Samples.Json(await Store.Assets.FindBySerialNumberAsync(OrgA, asset.SerialNumber, Ct)));
        Assert.Null(await Store.Assets.FindBySerialNumberAsync(OrgA, asset.SerialNumber.ToLowerInvariant(), Ct));
        Assert.Null(await Store.Assets.FindBySerialNumberAsync(OrgA, "HP-LJ4250", Ct));
        Assert.Empty(await Store.Assets.FindManyAsync(OrgA, [], Ct));
    }

    [Fact]
    public async Task Another_organisations_asset_is_missing_and_cannot_be_updated()
    {
        var asset = DirectorySamples.FullAsset(OrgA, "a-1");
        await Store.Assets.InsertAsync(asset, Ct);

        Assert.Null(await Store.Assets.FindAsync(OrgB, "a-1", Ct));
        Assert.Empty(await Store.Assets.FindManyAsync(OrgB, ["a-1"], Ct));
        Assert.Null(await Store.Assets.FindBySerialNumberAsync(OrgB, asset.SerialNumber, Ct));
        Assert.Empty((await Store.Assets.ListAsync(OrgB, new DirectoryQuery { ContactId = asset.ContactId, Limit = 10 }, Ct)).Items);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Assets.UpdateAsync(asset with { OrganizationId = OrgB, Model = "Hijacked", Version = 2 }, 1, Ct));
        Assert.Equal(Samples.Json(asset), Samples.Json(await Store.Assets.FindAsync(OrgA, "a-1", Ct)));
    }

    [Fact]
    public async Task An_asset_update_needs_the_version_read_and_a_stale_one_changes_nothing()
    {
        var asset = DirectorySamples.FullAsset(OrgA, "a-1");
        await Store.Assets.InsertAsync(asset, Ct);
        var moved = asset with { ContactId = "contact-8", Model = null, Version = 2 };
        await Store.Assets.UpdateAsync(moved, expectedVersion: 1, Ct);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Assets.UpdateAsync(asset with { SerialNumber = "LOST", Version = 2 }, expectedVersion: 1, Ct));

        Assert.Equal(("asset", "a-1", 1), (conflict.Entity, conflict.Id, conflict.ExpectedVersion));
        Assert.Equal(Samples.Json(moved), Samples.Json(await Store.Assets.FindAsync(OrgA, "a-1", Ct)));
        Assert.Null(await Store.Assets.FindBySerialNumberAsync(OrgA, "LOST", Ct));
        Assert.Empty((await Store.Assets.ListAsync(OrgA, new DirectoryQuery { ContactId = "contact-7", Limit = 10 }, Ct)).Items);
        Assert.Single((await Store.Assets.ListAsync(OrgA, new DirectoryQuery { ContactId = "contact-8", Limit = 10 }, Ct)).Items);
    }

    [Fact]
    public async Task A_taken_asset_id_is_refused_naming_the_key()
    {
        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgA, "a-1", "SN-1"), Ct);

        var duplicate = await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Assets.InsertAsync(DirectorySamples.Asset(OrgA, "a-1", "SN-2"), Ct));
        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgB, "a-1", "SN-2"), Ct);

        Assert.Equal(("asset", "id"), (duplicate.Entity, duplicate.Key));
        Assert.Null(await Store.Assets.FindBySerialNumberAsync(OrgA, "SN-2", Ct));
    }

    [Fact]
    public async Task A_serial_number_is_unique_within_an_organisation_on_insert_and_update()
    {
        var first = DirectorySamples.Asset(OrgA, "a-1", "SN-1");
        var other = DirectorySamples.Asset(OrgA, "a-3", "SN-3");
        await Store.Assets.InsertAsync(first, Ct);
        await Store.Assets.InsertAsync(other, Ct);

        var onInsert = await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Assets.InsertAsync(DirectorySamples.Asset(OrgA, "a-2", "SN-1"), Ct));
        var onUpdate = await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Assets.UpdateAsync(other with { SerialNumber = "SN-1", Version = 2 }, 1, Ct));
        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgB, "a-2", "SN-1"), Ct);
        await Store.Assets.UpdateAsync(first with { Model = "Kept its own serial number", Version = 2 }, 1, Ct);

        Assert.Equal(("asset", "serial number"), (onInsert.Entity, onInsert.Key));
        Assert.Equal(("asset", "serial number"), (onUpdate.Entity, onUpdate.Key));
        Assert.Null(await Store.Assets.FindAsync(OrgA, "a-2", Ct));
        Assert.Equal(Samples.Json(other), Samples.Json(await Store.Assets.FindAsync(OrgA, "a-3", Ct)));
        Assert.Equal("a-1", (await Store.Assets.FindBySerialNumberAsync(OrgA, "SN-1", Ct))!.Id);
        Assert.Equal("a-2", (await Store.Assets.FindBySerialNumberAsync(OrgB, "SN-1", Ct))!.Id);
    }

    [Fact]
    public async Task Asset_pages_cover_every_asset_exactly_once_and_can_be_limited_to_one_contact()
    {
        foreach (var n in Enumerable.Range(1, 25).OrderBy(n => (n * 7) % 25))
        {
            await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgA, $"a-{n:D2}") with { ContactId = n % 2 == 1 ? "contact-odd" : "contact-even" }, Ct);
        }

        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgB, "a-10b") with { ContactId = "contact-odd" }, Ct);

        var (all, allHasMore) = await ReadAllPagesAsync(
            after => Store.Assets.ListAsync(OrgA, new DirectoryQuery { AfterId = after, Limit = 10 }, Ct), a => a.Id);
        var (odd, oddHasMore) = await ReadAllPagesAsync(
            after => Store.Assets.ListAsync(OrgA, new DirectoryQuery { ContactId = "contact-odd", AfterId = after, Limit = 5 }, Ct), a => a.Id);

        Assert.Equal(Enumerable.Range(1, 25).Select(n => $"a-{n:D2}"), all);
        Assert.Equal([true, true, false], allHasMore);
        Assert.Equal(Enumerable.Range(1, 25).Where(n => n % 2 == 1).Select(n => $"a-{n:D2}"), odd);
        Assert.Equal([true, true, false], oddHasMore);
    }

    [Fact]
    public async Task An_asset_search_matches_serial_number_or_model_ignoring_case_and_taking_the_text_literally()
    {
        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgA, "a-1", "SN-A.B*-1"), Ct);
        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgA, "a-2", "SN-AXBB-2") with { Model = "Widget" }, Ct);
        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgA, "a-3", "X_3") with { Model = "WIDGET Pro", ContactId = "contact-1" }, Ct);
        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgA, "a-4", "XY3") with { Model = "Gadget", ContactId = "contact-2" }, Ct);
        await Store.Assets.InsertAsync(DirectorySamples.Asset(OrgB, "a-5", "WIDGET-B") with { ContactId = "contact-1" }, Ct);

        await AssertAssetsFoundAsync(["a-1"], new DirectoryQuery { Text = "a.b*", Limit = 100 });
        await AssertAssetsFoundAsync(["a-2", "a-3"], new DirectoryQuery { Text = "widget", Limit = 100 });
        await AssertAssetsFoundAsync(["a-3"], new DirectoryQuery { Text = "widget", ContactId = "contact-1", Limit = 100 });
        await AssertAssetsFoundAsync(["a-3"], new DirectoryQuery { Text = "x_", Limit = 100 });
        await AssertAssetsFoundAsync([], new DirectoryQuery { Text = "widget", ContactId = "contact-2", Limit = 100 });
    }

    private async Task AssertAssetsFoundAsync(string[] ids, DirectoryQuery query)
    {
        var page = await Store.Assets.ListAsync(OrgA, query, Ct);
        Assert.Equal(ids, page.Items.Select(a => a.Id));
        Assert.False(page.HasMore);
    }
}
