using HelpDesk.Engine.Storage;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task A_contact_reads_back_with_every_field_as_it_was_written()
    {
        var contact = DirectorySamples.FullContact(OrgA, "c-1");

        await Store.Contacts.InsertAsync(contact, Ct);

        Assert.Equal(Samples.Json(contact), Samples.Json(await Store.Contacts.FindAsync(OrgA, "c-1", Ct)));
        Assert.Equal(Samples.Json(contact), Samples.Json(Assert.Single(await Store.Contacts.FindManyAsync(OrgA, ["c-1", "missing", "c-1"], Ct))));
        Assert.Empty(await Store.Contacts.FindManyAsync(OrgA, [], Ct));
        Assert.Null(await Store.Contacts.FindAsync(OrgA, "missing", Ct));
    }

    [Fact]
    public async Task Another_organisations_contact_is_missing_and_cannot_be_updated()
    {
        var contact = DirectorySamples.Contact(OrgA, "c-1");
        await Store.Contacts.InsertAsync(contact, Ct);

        Assert.Null(await Store.Contacts.FindAsync(OrgB, "c-1", Ct));
        Assert.Empty(await Store.Contacts.FindManyAsync(OrgB, ["c-1"], Ct));
        Assert.Empty((await Store.Contacts.ListAsync(OrgB, new DirectoryQuery { Text = "contact", Limit = 10 }, Ct)).Items);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Contacts.UpdateAsync(contact with { OrganizationId = OrgB, Name = "Hijacked", Version = 2 }, 1, Ct));
        Assert.Equal(Samples.Json(contact), Samples.Json(await Store.Contacts.FindAsync(OrgA, "c-1", Ct)));
    }

    [Fact]
    public async Task A_contact_update_needs_the_version_read_and_a_stale_one_changes_nothing()
    {
        var contact = DirectorySamples.FullContact(OrgA, "c-1");
        await Store.Contacts.InsertAsync(contact, Ct);
        var winner = contact with { Name = "Zoë Winner", Email = null, Version = 2 };
        await Store.Contacts.UpdateAsync(winner, expectedVersion: 1, Ct);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Contacts.UpdateAsync(contact with { Name = "Loser", Version = 2 }, expectedVersion: 1, Ct));
        var missing = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.Contacts.UpdateAsync(DirectorySamples.Contact(OrgA, "c-404") with { Version = 2 }, expectedVersion: 1, Ct));

        Assert.Equal(("contact", "c-1", 1), (conflict.Entity, conflict.Id, conflict.ExpectedVersion));
        Assert.Equal("c-404", missing.Id);
        Assert.Equal(Samples.Json(winner), Samples.Json(await Store.Contacts.FindAsync(OrgA, "c-1", Ct)));
        await AssertContactsFoundAsync(["c-1"], "winner");
        await AssertContactsFoundAsync([], "loser");
        await AssertContactsFoundAsync([], "example.com");
    }

    [Fact]
    public async Task A_taken_contact_id_is_refused_within_the_organisation_only()
    {
        await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgA, "c-1", "First"), Ct);

        var duplicate = await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgA, "c-1", "Second"), Ct));
        await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgB, "c-1", "Other organisation"), Ct);

        Assert.Equal(("contact", "id"), (duplicate.Entity, duplicate.Key));
        Assert.Equal("First", (await Store.Contacts.FindAsync(OrgA, "c-1", Ct))!.Name);
        Assert.Equal("Other organisation", (await Store.Contacts.FindAsync(OrgB, "c-1", Ct))!.Name);
    }

    [Fact]
    public async Task Contact_pages_cover_every_contact_exactly_once_in_id_order()
    {
        var ids = Enumerable.Range(1, 25).Select(n => $"c-{n:D2}").ToList();
        foreach (var n in Enumerable.Range(1, 25).OrderBy(n => (n * 7) % 25))
        {
            await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgA, ids[n - 1]), Ct);
        }

        await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgB, "c-10b"), Ct);

        var (seen, hasMore) = await ReadAllPagesAsync(
            after => Store.Contacts.ListAsync(OrgA, new DirectoryQuery { AfterId = after, Limit = 10 }, Ct), c => c.Id);

        Assert.Equal(ids, seen);
        Assert.Equal([true, true, false], hasMore);
    }

    [Fact]
    public async Task A_contact_search_matches_name_email_or_phone_ignoring_case_a_page_at_a_time()
    {
        await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgA, "c-1", "Ann Smith") with { Email = "ann@Example.com" }, Ct);
        await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgA, "c-2", "Bob Jones") with { Phone = "+31 20 555 0100" }, Ct);
        await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgA, "c-3", "JOHN SMITHERS"), Ct);
        await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgA, "c-4", "Carol") with { Email = "carol@elsewhere.org" }, Ct);
        await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgB, "c-5", "Smith of another organisation"), Ct);

        await AssertContactsFoundAsync(["c-1", "c-3"], "smith");
        await AssertContactsFoundAsync(["c-1"], "EXAMPLE.COM");
        await AssertContactsFoundAsync(["c-2"], "555 01");
        await AssertContactsFoundAsync(["c-1", "c-2", "c-3", "c-4"], "");
        await AssertContactsFoundAsync([], "nobody");
        var (paged, hasMore) = await ReadAllPagesAsync(
            after => Store.Contacts.ListAsync(OrgA, new DirectoryQuery { Text = "Smith", AfterId = after, Limit = 1 }, Ct), c => c.Id);
        Assert.Equal(["c-1", "c-3"], paged);
        Assert.Equal([true, false], hasMore);
    }

    [Fact]
    public async Task A_contact_search_takes_wildcards_and_regular_expression_characters_literally()
    {
        string[] names = ["a.b* Holdings", "aXbbb Trading", "ab Partners", "snake_case Ltd", "snakeXcase Ltd", "100% Support", "1000 Support", @"(Round) [Square] {Curly} ^$|?+\"];
        for (var i = 0; i < names.Length; i++)
        {
            await Store.Contacts.InsertAsync(DirectorySamples.Contact(OrgA, $"c-{i + 1}", names[i]), Ct);
        }

        await AssertContactsFoundAsync(["c-1"], "A.B*");
        await AssertContactsFoundAsync(["c-4"], "e_c");
        await AssertContactsFoundAsync(["c-6"], "0%");
        await AssertContactsFoundAsync(["c-8"], @"(round) [square] {curly} ^$|?+\");
        await AssertContactsFoundAsync([], ".*");
    }

    private async Task AssertContactsFoundAsync(string[] ids, string text)
    {
        var page = await Store.Contacts.ListAsync(OrgA, new DirectoryQuery { Text = text, Limit = 100 }, Ct);
        Assert.Equal(ids, page.Items.Select(c => c.Id));
        Assert.False(page.HasMore);
    }
}
