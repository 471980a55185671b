using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Xunit;

namespace HelpDesk.Storage.Contract;

/// <summary>
/// Lists ordered by number, update time and priority, paged by keyset. What a store guarantees: without concurrent
/// changes, the pages of one pass hold every ticket exactly once, in order, ties broken by number; a ticket inserted
/// between pages is read later in the pass exactly when it sorts past the position reached, and never shifts the other
/// tickets. A ticket whose update time (or priority) changes during a pass moves to its new place: it may be read again
/// or not at all in that pass – every other ticket is still read exactly once.
/// </summary>
public abstract partial class StoreContractTests
{
    private const int OrderedTickets = 25;

    /// <summary>Priorities by urgency, written out here rather than taken from the store's ranking they check.</summary>
    private static readonly TicketPriority[] ByUrgency = [TicketPriority.Low, TicketPriority.Normal, TicketPriority.High, TicketPriority.Urgent];

    [Theory]
    [InlineData(TicketSort.Number, true)]
    [InlineData(TicketSort.Number, false)]
    [InlineData(TicketSort.UpdatedAt, true)]
    [InlineData(TicketSort.UpdatedAt, false)]
    [InlineData(TicketSort.Priority, true)]
    [InlineData(TicketSort.Priority, false)]
    public async Task Pages_read_forwards_and_backwards_cover_every_ticket_once_in_order_with_ties_by_number(TicketSort sort, bool descending)
    {
        var tickets = await InsertOrderedTicketsAsync();
        var expected = InOrder(tickets, sort, descending);

        var (forwards, hasMore) = await ReadInOrderAsync(sort, descending);
        var (backwards, _) = await ReadInOrderAsync(sort, !descending);

        Assert.Equal(expected, forwards);
        Assert.Equal([true, true, true, false], hasMore);
        Assert.Equal(expected.AsEnumerable().Reverse(), backwards);
    }

    [Theory]
    [InlineData(TicketSort.UpdatedAt, true)]
    [InlineData(TicketSort.UpdatedAt, false)]
    [InlineData(TicketSort.Priority, true)]
    [InlineData(TicketSort.Priority, false)]
    public async Task Reading_back_from_a_position_gives_the_tickets_before_it_nearest_first(TicketSort sort, bool descending)
    {
        var tickets = await InsertOrderedTicketsAsync();
        var expected = InOrder(tickets, sort, descending);
        var tenth = tickets.Single(t => t.Number == expected[9]);

        var back = await Store.Tickets.ListAsync(
            OrgA, new TicketQuery { OrderBy = sort, Descending = !descending, Limit = 4 }.After(TicketSortKey.PositionOf(tenth, sort)), Ct);

        Assert.Equal(expected[5..9].AsEnumerable().Reverse(), back.Items.Select(t => t.Number));
        Assert.True(back.HasMore);
    }

    [Fact]
    public async Task Priority_orders_by_urgency_not_by_name()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1) with { Priority = TicketPriority.Low });
        await InsertAsync(Samples.Ticket(OrgA, 2) with { Priority = TicketPriority.Urgent });
        await InsertAsync(Samples.Ticket(OrgA, 3) with { Priority = TicketPriority.Normal });
        await InsertAsync(Samples.Ticket(OrgA, 4) with { Priority = TicketPriority.High });
        await InsertAsync(Samples.Ticket(OrgA, 5) with { Priority = TicketPriority.Urgent });

        var mostUrgentFirst = await Store.Tickets.ListAsync(OrgA, new TicketQuery { OrderBy = TicketSort.Priority, Limit = 10 }, Ct);
        var leastUrgentFirst = await Store.Tickets.ListAsync(OrgA, new TicketQuery { OrderBy = TicketSort.Priority, Descending = false, Limit = 10 }, Ct);

        Assert.Equal([5L, 2L, 4L, 3L, 1L], mostUrgentFirst.Items.Select(t => t.Number));
        Assert.Equal([1L, 3L, 4L, 2L, 5L], leastUrgentFirst.Items.Select(t => t.Number));
    }

    [Theory]
    [InlineData(TicketSort.Number, true)]
    [InlineData(TicketSort.Number, false)]
    [InlineData(TicketSort.UpdatedAt, true)]
    [InlineData(TicketSort.UpdatedAt, false)]
    [InlineData(TicketSort.Priority, true)]
    [InlineData(TicketSort.Priority, false)]
    public async Task A_ticket_inserted_between_pages_is_read_exactly_when_it_sorts_past_the_position_and_shifts_nothing(TicketSort sort, bool descending)
    {
        var tickets = await InsertOrderedTicketsAsync();
        var inserted = new List<(Ticket Ticket, bool Past)>();

        var (numbers, _) = await ReadInOrderAsync(sort, descending, async (page, position) =>
        {
            // One newest ticket of the lowest urgency, one oldest of the highest: one lands on each side of most positions.
            var number = OrderedTickets + inserted.Count + 1;
            var ticket = await InsertAsync(Samples.Ticket(OrgA, number) with
            {
                Priority = page % 2 == 0 ? TicketPriority.Low : TicketPriority.Urgent,
                UpdatedAt = page % 2 == 0 ? Samples.Now.AddDays(1) : Samples.Now.AddDays(-1),
            });
            inserted.Add((ticket, IsPast(ticket, position, sort, descending)));
        });

        Assert.Equal(InOrder(tickets, sort, descending), numbers.Where(n => n <= OrderedTickets));
        Assert.Equal(3, inserted.Count);
        Assert.All(inserted, i => Assert.Equal(i.Past ? 1 : 0, numbers.Count(n => n == i.Ticket.Number)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task By_update_time_a_ticket_changed_between_pages_moves_and_every_unchanged_ticket_is_read_once(bool descending)
    {
        var tickets = await InsertOrderedTicketsAsync();
        var changed = new List<long>();

        var (numbers, _) = await ReadInOrderAsync(TicketSort.UpdatedAt, descending, async (page, _) =>
        {
            if (page == 1)
            {
                // The ticket the position was taken from, and one the pass has not reached yet, both become the newest.
                var expected = InOrder(tickets, TicketSort.UpdatedAt, descending);
                changed.AddRange([expected[6], expected[20]]);
                foreach (var number in changed)
                {
                    var ticket = tickets.Single(t => t.Number == number);
                    await Store.Tickets.UpdateAsync(ticket with { UpdatedAt = Samples.Now.AddHours(changed.IndexOf(number) + 1), Version = 2 }, 1, [], Ct);
                }
            }
        });

        var unchanged = InOrder(tickets, TicketSort.UpdatedAt, descending).Where(n => !changed.Contains(n));
        Assert.Equal(unchanged, numbers.Where(n => !changed.Contains(n)));

        // Newest first, both moved behind the position: the one read before is not read again, the other is missed in this
        // pass. Oldest first, both moved to the end: the one read before is read a second time.
        long[] readChanged = descending ? [changed[0]] : [changed[0], changed[0], changed[1]];
        Assert.Equal(readChanged.Order(), numbers.Where(changed.Contains).Order());
    }

    [Theory]
    [InlineData(TicketSort.UpdatedAt)]
    [InlineData(TicketSort.Priority)]
    public async Task Orders_page_through_filtered_tickets(TicketSort sort)
    {
        var tickets = await InsertOrderedTicketsAsync();
        var changedAfter = Samples.Now.AddMinutes(1).AddTicks(1);
        var filter = new TicketFilter { Priorities = [TicketPriority.High, TicketPriority.Urgent, TicketPriority.Low], UpdatedAfter = changedAfter };
        var matching = tickets.Where(t => t.Priority != TicketPriority.Normal && t.UpdatedAt > changedAfter).ToList();

        var (numbers, _) = await ReadInOrderAsync(sort, descending: true, filter: filter, limit: 3);

        Assert.Equal(InOrder(matching, sort, descending: true), numbers);
        Assert.Equal(matching.Count, await Store.Tickets.CountAsync(OrgA, filter, Ct));
    }

    [Fact]
    public async Task A_position_without_its_key_is_refused_for_orders_other_than_by_number()
    {
        await InsertAsync(Samples.Ticket(OrgA, 1));

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Store.Tickets.ListAsync(OrgA, new TicketQuery { OrderBy = TicketSort.UpdatedAt, AfterNumber = 1, Limit = 5 }, Ct));
    }

    /// <summary>
    /// 25 tickets of organisation A, inserted out of order, and one of B. Each priority five or more times; update times
    /// in five minutes, three tickets sharing one instant exactly (ties), others a tick apart (below the millisecond), written
    /// with different offsets.
    /// </summary>
    private async Task<List<Ticket>> InsertOrderedTicketsAsync()
    {
        var tickets = new List<Ticket>();
        foreach (var n in Enumerable.Range(1, OrderedTickets).OrderBy(n => (n * 7) % OrderedTickets))
        {
            tickets.Add(await InsertAsync(Samples.Ticket(OrgA, n) with
            {
                Priority = ByUrgency[n * 3 % 4],
                UpdatedAt = Samples.Now.AddMinutes(n % 5).AddTicks(n % 2).ToOffset(TimeSpan.FromHours((n % 3) - 1)),
            }));
        }

        await InsertAsync(Samples.Ticket(OrgB, 1) with { Priority = TicketPriority.Urgent });
        return tickets;
    }

    /// <summary>The numbers in the order a store must list them, computed without the store's own keys.</summary>
    private static List<long> InOrder(IEnumerable<Ticket> tickets, TicketSort sort, bool descending)
    {
        var ascending = tickets.OrderBy(t => ExpectedKey(t, sort)).ThenBy(t => t.Number).Select(t => t.Number);
        return [.. descending ? ascending.Reverse() : ascending];
    }

    private static long ExpectedKey(Ticket ticket, TicketSort sort) => sort switch
    {
        TicketSort.UpdatedAt => ticket.UpdatedAt.UtcTicks,
        TicketSort.Priority => Array.IndexOf(ByUrgency, ticket.Priority),
        _ => ticket.Number,
    };

    /// <summary>Whether a ticket comes after a position in a list's direction.</summary>
    private static bool IsPast(Ticket ticket, TicketPosition position, TicketSort sort, bool descending)
    {
        var comparison = (ExpectedKey(ticket, sort), ticket.Number).CompareTo((position.Key, position.Number));
        return descending ? comparison < 0 : comparison > 0;
    }

    /// <summary>
    /// Reads organisation A's tickets page after page, each starting at the position of the last ticket of the one before;
    /// after each page that has a next one, <c>betweenPages</c> runs with the page's count from 1 and the position reached.
    /// </summary>
    private async Task<(List<long> Numbers, List<bool> HasMore)> ReadInOrderAsync(
        TicketSort sort, bool descending, Func<int, TicketPosition, Task>? betweenPages = null, TicketFilter? filter = null, int limit = 7)
    {
        var numbers = new List<long>();
        var hasMore = new List<bool>();
        TicketPosition? after = null;
        do
        {
            var query = new TicketQuery { Filter = filter ?? new TicketFilter(), OrderBy = sort, Descending = descending, Limit = limit }.After(after);
            var page = await Store.Tickets.ListAsync(OrgA, query, Ct);
            numbers.AddRange(page.Items.Select(t => t.Number));
            hasMore.Add(page.HasMore);
            after = page.HasMore ? TicketSortKey.PositionOf(page.Items[^1], sort) : null;
            if (after is { } position && betweenPages is not null)
            {
                await betweenPages(hasMore.Count, position);
            }
        }
        while (after is not null);

        return (numbers, hasMore);
    }
}
