using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Pages_cover_every_ticket_exactly_once_in_number_order(bool descending)
    {
        foreach (var n in Enumerable.Range(1, 25).OrderBy(n => (n * 7) % 25))
        {
            await InsertAsync(Samples.Ticket(OrgA, n));
        }

        await InsertAsync(Samples.Ticket(OrgB, 26));
        var seen = new List<long>();
        var hasMore = new List<bool>();
        long? after = null;
        do
        {
            var page = await Store.Tickets.ListAsync(OrgA, new TicketQuery { Descending = descending, AfterNumber = after, Limit = 10 }, Ct);
            seen.AddRange(page.Items.Select(t => t.Number));
            hasMore.Add(page.HasMore);
            after = page.HasMore ? page.Items[^1].Number : null;
        }
        while (after is not null);

        var expected = Enumerable.Range(1, 25).Select(n => (long)n);
        Assert.Equal(descending ? expected.Reverse() : expected, seen);
        Assert.Equal([true, true, false], hasMore);
    }

    [Fact]
    public async Task A_page_that_ends_exactly_at_the_last_ticket_says_nothing_follows()
    {
        for (var n = 1; n <= 10; n++)
        {
            await InsertAsync(Samples.Ticket(OrgA, n));
        }

        var page = await Store.Tickets.ListAsync(OrgA, new TicketQuery { Limit = 10 }, Ct);
        var past = await Store.Tickets.ListAsync(OrgA, new TicketQuery { Limit = 10, AfterNumber = 1 }, Ct);

        Assert.Equal(10, page.Items.Count);
        Assert.False(page.HasMore);
        Assert.Empty(past.Items);
        Assert.False(past.HasMore);
    }

    [Fact]
    public async Task Filters_select_by_status_priority_tags_assignee_contact_and_asset()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1) with { Status = TicketStatus.Open, Priority = TicketPriority.High, AssigneeId = "agent-1" });
        await InsertAsync(Samples.Ticket(OrgA, 2) with { Status = TicketStatus.Pending, ContactId = "contact-1", Tags = [Tag("service:email"), Tag("lemon")] });
        await InsertAsync(Samples.Ticket(OrgA, 3) with { Priority = TicketPriority.High, AssetId = "asset-1", Tags = [Tag("service:email")] });
        await InsertAsync(Samples.Ticket(OrgA, 4) with { Status = TicketStatus.Closed, AssigneeId = "agent-2", ContactId = "contact-1" });

        await AssertMatches([1, 2], new TicketFilter { Statuses = [TicketStatus.Open, TicketStatus.Pending] });
        await AssertMatches([1, 3], new TicketFilter { Priorities = [TicketPriority.High] });
        await AssertMatches([2, 3], new TicketFilter { Tags = ["service:email"] });
        await AssertMatches([2], new TicketFilter { Tags = ["service:email", "LEMON"] });
        await AssertMatches([1], new TicketFilter { AssigneeId = "agent-1" });
        await AssertMatches([2, 4], new TicketFilter { ContactId = "contact-1" });
        await AssertMatches([3], new TicketFilter { AssetId = "asset-1" });
        await AssertMatches([3], new TicketFilter { Priorities = [TicketPriority.High], Tags = ["service:email"] });
        await AssertMatches([], new TicketFilter { Tags = ["unknown"] });
        await AssertMatches([1, 2, 3, 4], new TicketFilter());
    }

    [Fact]
    public async Task Tag_filters_follow_the_tags_an_update_leaves_on_the_ticket()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1) with { Tags = [Tag("lemon")] });

        await Store.Tickets.UpdateAsync(ticket with { Tags = [Tag("service:vpn")], Version = 2 }, 1, [], Ct);

        await AssertMatches([], new TicketFilter { Tags = ["lemon"] });
        await AssertMatches([1], new TicketFilter { Tags = ["service:vpn"] });
    }

    [Fact]
    public async Task Lists_and_counts_never_include_another_organisations_tickets()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1) with { AssigneeId = "agent-1", Tags = [Tag("lemon")] });
        await InsertAsync(Samples.Ticket(OrgB, 1) with { AssigneeId = "agent-1", Tags = [Tag("lemon")] });
        await InsertAsync(Samples.Ticket(OrgB, 2));

        var filter = new TicketFilter { AssigneeId = "agent-1", Tags = ["lemon"] };
        var page = await Store.Tickets.ListAsync(OrgA, new TicketQuery { Filter = filter, Limit = 10 }, Ct);

        Assert.Equal([OrgA], page.Items.Select(t => t.OrganizationId));
        Assert.Equal(1, await Store.Tickets.CountAsync(OrgA, filter, Ct));
        Assert.Equal(2, await Store.Tickets.CountAsync(OrgB, new TicketFilter(), Ct));
        Assert.Equal(0, await Store.Tickets.CountAsync("org-none", new TicketFilter(), Ct));
    }

    private static Tag Tag(string name) => new() { Name = name };

    private async Task AssertMatches(long[] numbers, TicketFilter filter)
    {
        var page = await Store.Tickets.ListAsync(OrgA, new TicketQuery { Filter = filter, Descending = false, Limit = 100 }, Ct);
        Assert.Equal(numbers, page.Items.Select(t => t.Number));
        Assert.Equal(numbers.Length, await Store.Tickets.CountAsync(OrgA, filter, Ct));
    }
}
