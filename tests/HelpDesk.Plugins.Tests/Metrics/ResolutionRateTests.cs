using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

public sealed class ResolutionRateTests
{
    private static readonly DateTimeOffset Morning = TestDefaults.Now;

    [Fact]
    public async Task Opening_adds_a_ticket_to_the_denominator_and_resolving_adds_it_to_the_numerator()
    {
        using var harness = Start();
        var ticket = Ticket(1, TicketPriority.High);

        var opened = (await harness.ObserveAsync(TestEvents.TicketOpened(ticket), ticket)).Single("resolution-rate");
        var resolved = (await harness.ObserveAsync(TestEvents.TicketResolved(ticket, Morning.AddHours(2)), ticket)).Single("resolution-rate");

        Assert.Equal((0d, 1d), (opened.Value, opened.Denominator));
        Assert.Equal((1d, 0d), (resolved.Value, resolved.Denominator));
        Assert.Equal(Morning.AddHours(2), resolved.At);
    }

    [Fact]
    public async Task The_resolution_rate_is_tickets_resolved_over_tickets_opened()
    {
        using var harness = Start();
        var tickets = Enumerable.Range(1, 4).Select(n => Ticket(n)).ToList();
        var log = new List<(DomainEvent, Ticket?)>();
        log.AddRange(tickets.Select(t => ((DomainEvent)TestEvents.TicketOpened(t), (Ticket?)t)));
        log.AddRange(tickets.Take(3).Select(t => ((DomainEvent)TestEvents.TicketResolved(t, Morning.AddHours(1)), (Ticket?)t)));

        var observations = await harness.ObserveAllAsync(log);

        Assert.Equal(0.75, observations.Average("resolution-rate"));
    }

    [Fact]
    public async Task A_reopened_ticket_resolved_again_counts_once_in_the_rate_and_twice_in_the_resolved_count()
    {
        using var harness = Start();
        var ticket = Ticket(1);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(ticket), ticket),
            (TestEvents.TicketResolved(ticket, Morning.AddHours(1)), ticket),
            (DeskEvents.Reopened(ticket, Morning.AddDays(1)), ticket),
            (TestEvents.TicketResolved(ticket, Morning.AddDays(1).AddHours(1)), ticket),
        ]);

        Assert.Equal(1, observations.Average("resolution-rate"));
        Assert.Equal(2, observations.Sum("resolved-count"));
    }

    [Fact]
    public async Task The_rate_is_broken_down_by_the_priority_the_ticket_was_opened_with()
    {
        using var harness = Start();
        var urgent = Ticket(1, TicketPriority.Urgent);
        var normal = Ticket(2);
        var downgraded = urgent with { Priority = TicketPriority.Normal };

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(urgent), urgent),
            (TestEvents.TicketOpened(normal), normal),
            (TestEvents.TicketResolved(downgraded, Morning.AddHours(4)), downgraded),
        ]);

        Assert.Equal(1, observations.Average("resolution-rate", "priority", "urgent"));
        Assert.Equal(0, observations.Average("resolution-rate", "priority", "normal"));
        Assert.All(observations.Of("resolution-rate"), o => Assert.Equal(["priority"], o.Breakdown.Keys));
    }

    private static Ticket Ticket(int number, TicketPriority priority = TicketPriority.Normal) =>
        new TicketBuilder().WithId($"ticket-{number}").WithNumber(number).WithPriority(priority).CreatedAt(Morning).Build();
}
