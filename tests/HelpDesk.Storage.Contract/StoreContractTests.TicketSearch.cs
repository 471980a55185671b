using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task A_text_filter_finds_the_text_in_the_subject_or_the_description_in_any_case()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1) with { Subject = "VPN drops every hour" });
        await InsertAsync(Samples.Ticket(OrgA, 2) with { Subject = "Laptop", Description = "The vpn client crashes at ÜBERGABE" });
        await InsertAsync(Samples.Ticket(OrgA, 3));
        await InsertAsync(Samples.Ticket(OrgA, 4) with { Subject = "Mail ends", Description = "starts again" });

        await AssertMatches([1, 2], new TicketFilter { Text = "vpn" });
        await AssertMatches([1], new TicketFilter { Text = "vPn DROPS" });
        await AssertMatches([2], new TicketFilter { Text = "Client Crashes" });
        await AssertMatches([2], new TicketFilter { Text = "übergabe" });
        await AssertMatches([3], new TicketFilter { Text = "printer 3 IS" });
        await AssertMatches([], new TicketFilter { Text = "hour laptop" });

        // Subject and description are two texts: a match never runs from one into the other.
        await AssertMatches([], new TicketFilter { Text = "ends starts" });
        await AssertMatches([1, 2, 3, 4], new TicketFilter { Text = "" });
    }

    [Fact]
    public async Task A_text_filter_matches_wildcard_and_pattern_characters_literally()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1) with { Subject = "Save 50% off today" });
        await InsertAsync(Samples.Ticket(OrgA, 2) with { Subject = "Save 500 off today" });
        await InsertAsync(Samples.Ticket(OrgA, 3) with { Subject = "Search", Description = "The pattern a.b* fails" });
        await InsertAsync(Samples.Ticket(OrgA, 4) with { Subject = "Search", Description = "The pattern aXbbb fails" });
        await InsertAsync(Samples.Ticket(OrgA, 5) with { Subject = @"file_name (copy) [1] C:\Temp ^$|?+{}" });
        await InsertAsync(Samples.Ticket(OrgA, 6) with { Subject = "fileXname copy 1 temp" });

        await AssertMatches([1], new TicketFilter { Text = "50% off" });
        await AssertMatches([1], new TicketFilter { Text = "%" });
        await AssertMatches([3], new TicketFilter { Text = "a.b*" });
        await AssertMatches([3], new TicketFilter { Text = "*" });
        await AssertMatches([5], new TicketFilter { Text = "_" });
        await AssertMatches([5], new TicketFilter { Text = "e_n" });
        await AssertMatches([5], new TicketFilter { Text = "(copy) [1]" });
        await AssertMatches([5], new TicketFilter { Text = @"c:\temp ^$|?+{}" });
        await AssertMatches([5], new TicketFilter { Text = "(" });
        await AssertMatches([5], new TicketFilter { Text = "[" });
        await AssertMatches([5], new TicketFilter { Text = @"\" });
    }

    [Fact]
    public async Task A_text_filter_combines_with_the_other_criteria_and_stays_in_the_organisation()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1) with { Subject = "VPN down", Status = TicketStatus.Open, Tags = [Tag("network")] });
        await InsertAsync(Samples.Ticket(OrgA, 2) with { Subject = "VPN slow", Status = TicketStatus.Closed, Tags = [Tag("network")] });
        await InsertAsync(Samples.Ticket(OrgA, 3) with { Subject = "VPN down again", Status = TicketStatus.Open, AssigneeId = "agent-1" });
        await InsertAsync(Samples.Ticket(OrgA, 4) with { Subject = "Mail down", Status = TicketStatus.Open, Tags = [Tag("network")] });
        await InsertAsync(Samples.Ticket(OrgB, 5) with { Subject = "VPN down", Status = TicketStatus.Open, Tags = [Tag("network")] });

        await AssertMatches([1, 3], new TicketFilter { Text = "vpn down", Statuses = [TicketStatus.Open] });
        await AssertMatches([1, 2], new TicketFilter { Text = "VPN", Tags = ["NETWORK"] });
        await AssertMatches([3], new TicketFilter { Text = "vpn", AssigneeId = "agent-1" });
        await AssertMatches([3, 4], new TicketFilter { Text = "down", UpdatedAfter = Samples.Ticket(OrgA, 2).UpdatedAt, Statuses = [TicketStatus.Open] });
        await AssertMatches([4], new TicketFilter { Text = "down", UpdatedAfter = Samples.Ticket(OrgA, 3).UpdatedAt });

        var page = await Store.Tickets.ListAsync(OrgA, new TicketQuery { Filter = new TicketFilter { Text = "vpn down" }, Limit = 1 }, Ct);
        Assert.Equal([3L], page.Items.Select(t => t.Number));
        Assert.True(page.HasMore);
        Assert.Equal(1, await Store.Tickets.CountAsync(OrgB, new TicketFilter { Text = "vpn" }, Ct));
        Assert.Equal(0, await Store.Tickets.CountAsync("org-none", new TicketFilter { Text = "vpn" }, Ct));
    }

    [Fact]
    public async Task A_text_filter_follows_the_subject_and_description_an_update_leaves()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1) with { Description = "Toner is empty" });

        await Store.Tickets.UpdateAsync(ticket with { Subject = "Scanner offline", Description = "", Version = 2 }, 1, [], Ct);

        await AssertMatches([], new TicketFilter { Text = "printer" });
        await AssertMatches([], new TicketFilter { Text = "toner" });
        await AssertMatches([1], new TicketFilter { Text = "SCANNER" });
    }

    [Fact]
    public async Task Changed_after_excludes_the_instant_itself_to_the_tick_whatever_the_offset()
    {
        var at = new DateTimeOffset(2025, 3, 14, 9, 26, 53, 120, TimeSpan.FromHours(2));
        await InsertAsync(Samples.Ticket(OrgA, 1) with { UpdatedAt = at });
        await InsertAsync(Samples.Ticket(OrgA, 2) with { UpdatedAt = at.AddTicks(1) });
        await InsertAsync(Samples.Ticket(OrgA, 3) with { UpdatedAt = at.AddTicks(9_999) });
        await InsertAsync(Samples.Ticket(OrgA, 4) with { UpdatedAt = at.AddMilliseconds(1) });
        await InsertAsync(Samples.Ticket(OrgA, 5) with { UpdatedAt = at.AddTicks(-1) });
        await InsertAsync(Samples.Ticket(OrgB, 6) with { UpdatedAt = at.AddDays(1) });

        await AssertMatches([2, 3, 4], new TicketFilter { UpdatedAfter = at });
        await AssertMatches([2, 3, 4], new TicketFilter { UpdatedAfter = at.ToOffset(TimeSpan.FromHours(-7)) });
        await AssertMatches([3, 4], new TicketFilter { UpdatedAfter = at.AddTicks(1) });
        await AssertMatches([4], new TicketFilter { UpdatedAfter = at.AddTicks(9_999).ToUniversalTime() });
        await AssertMatches([1, 2, 3, 4], new TicketFilter { UpdatedAfter = at.AddTicks(-1) });
        await AssertMatches([], new TicketFilter { UpdatedAfter = at.AddMilliseconds(1) });
    }

    [Fact]
    public async Task Changed_after_follows_the_time_an_update_leaves()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));
        await InsertAsync(Samples.Ticket(OrgA, 2));
        var since = Samples.Ticket(OrgA, 2).UpdatedAt;
        await AssertMatches([], new TicketFilter { UpdatedAfter = since });

        await Store.Tickets.UpdateAsync(ticket with { UpdatedAt = since.AddTicks(1), Version = 2 }, 1, [], Ct);

        await AssertMatches([1], new TicketFilter { UpdatedAfter = since });
        await AssertMatches([1], new TicketFilter { UpdatedAfter = since, Text = "printer 1" });
        await AssertMatches([], new TicketFilter { UpdatedAfter = since.AddTicks(1) });
    }
}
