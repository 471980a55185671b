using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Storage;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task An_audit_entry_reads_back_with_every_field_whoever_made_it()
    {
        var byKey = AuditSamples.ByKey(OrgA, "a-2");
        var byHost = AuditSamples.ByHost(OrgA, "a-1");

        await Store.AuditLog.AppendAsync(byHost, Ct);
        await Store.AuditLog.AppendAsync(byKey, Ct);

        var page = await Store.AuditLog.ListAsync(OrgA, null, null, 10, Ct);
        Assert.Equal([Samples.Json(byKey), Samples.Json(byHost)], page.Items.Select(Samples.Json));
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task The_audit_log_pages_newest_first_within_one_organisation()
    {
        foreach (var id in new[] { "a-3", "a-1", "a-5", "a-2", "a-4" })
        {
            await Store.AuditLog.AppendAsync(AuditSamples.ByKey(OrgA, id), Ct);
        }

        await Store.AuditLog.AppendAsync(AuditSamples.ByKey(OrgB, "a-9"), Ct);

        var first = await Store.AuditLog.ListAsync(OrgA, null, null, 2, Ct);
        var second = await Store.AuditLog.ListAsync(OrgA, null, first.Items[^1].Id, 2, Ct);
        var last = await Store.AuditLog.ListAsync(OrgA, null, second.Items[^1].Id, 2, Ct);

        Assert.Equal(["a-5", "a-4", "a-3", "a-2", "a-1"], first.Items.Concat(second.Items).Concat(last.Items).Select(e => e.Id));
        Assert.Equal([true, true, false], new[] { first.HasMore, second.HasMore, last.HasMore });
        Assert.Equal(["a-9"], (await Store.AuditLog.ListAsync(OrgB, null, null, 10, Ct)).Items.Select(e => e.Id));
        Assert.Empty((await Store.AuditLog.ListAsync("org-none", null, null, 10, Ct)).Items);
    }

    [Fact]
    public async Task The_audit_log_lists_the_entries_of_one_action()
    {
        await Store.AuditLog.AppendAsync(AuditSamples.ByKey(OrgA, "a-1", AuditAction.ApiKeyCreated), Ct);
        await Store.AuditLog.AppendAsync(AuditSamples.ByKey(OrgA, "a-2", AuditAction.PluginEnabled), Ct);
        await Store.AuditLog.AppendAsync(AuditSamples.ByKey(OrgA, "a-3", AuditAction.ApiKeyCreated), Ct);
        await Store.AuditLog.AppendAsync(AuditSamples.ByKey(OrgB, "a-4", AuditAction.ApiKeyCreated), Ct);

        var created = await Store.AuditLog.ListAsync(OrgA, AuditAction.ApiKeyCreated, null, 10, Ct);
        var olderCreated = await Store.AuditLog.ListAsync(OrgA, AuditAction.ApiKeyCreated, "a-3", 10, Ct);

        Assert.Equal(["a-3", "a-1"], created.Items.Select(e => e.Id));
        Assert.Equal(["a-1"], olderCreated.Items.Select(e => e.Id));
        Assert.Empty((await Store.AuditLog.ListAsync(OrgA, AuditAction.ContactErased, null, 10, Ct)).Items);
    }

    [Fact]
    public async Task An_audit_entry_id_is_written_once()
    {
        var original = AuditSamples.ByKey(OrgA, "a-1");
        await Store.AuditLog.AppendAsync(original, Ct);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.AuditLog.AppendAsync(original with { Summary = "rewritten" }, Ct));

        Assert.Equal(Samples.Json(original), Samples.Json(Assert.Single((await Store.AuditLog.ListAsync(OrgA, null, null, 10, Ct)).Items)));
    }
}
