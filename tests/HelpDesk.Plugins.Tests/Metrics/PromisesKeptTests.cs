using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

public sealed class PromisesKeptTests
{
    private static readonly DateTimeOffset Morning = TestDefaults.Now;

    private readonly Ticket ticket = new TicketBuilder().WithId("ticket-1").WithNumber(1).CreatedAt(Morning).Build();

    [Fact]
    public async Task Each_promise_counts_once_kept_on_time_or_not_and_the_share_is_kept_on_time_over_promises_due()
    {
        using var harness = Start();

        var observations = await harness.ObserveAllAsync(Log());

        Assert.Equal(
        [
            $"promises-kept 1/1 at {Morning.AddHours(1):O} [agent=mila, priority=normal]",
            $"promises-kept 0/1 at {Morning.AddHours(2):O} [agent=jo, priority=normal]",
            $"promises-kept 0/1 at {Morning.AddHours(3):O} [agent=mila, priority=normal]",
            $"promises-kept 0/1 at {Morning.AddHours(4):O} [agent=jo, priority=normal]",
        ],
            observations.Of("promises-kept").Described());
        Assert.Equal(0.25, observations.Average("promises-kept"));
        Assert.Equal(0.5, observations.Average("promises-kept", "agent", "mila"));
    }

    [Fact]
    public async Task Replaying_the_promise_events_gives_the_same_figures()
    {
        using var harness = Start();
        var first = await harness.ObserveAllAsync(Log());

        var replay = await harness.ObserveAllAsync(Log());

        Assert.Equal(first.Of("promises-kept").Described(), replay.Of("promises-kept").Described());
    }

    private List<(DomainEvent Event, Ticket? Ticket)> Log() =>
    [
        // Kept on time by mila: counts 1.
        (Made("p1", "mila", Morning.AddHours(2)), ticket),
        (Kept("p1", "mila", Morning.AddHours(1), onTime: true, wasOverdue: false), ticket),

        // jo's promise goes overdue (counts 0) and is kept late afterwards (adds nothing).
        (Made("p2", "jo", Morning.AddHours(2)), ticket),
        (Overdue("p2", "jo", Morning.AddHours(2)), ticket),
        (Kept("p2", "jo", Morning.AddHours(5), onTime: false, wasOverdue: true), ticket),

        // mila keeps one late before it was marked overdue: counts 0 at the keeping.
        (Kept("p3", "mila", Morning.AddHours(3), onTime: false, wasOverdue: false), ticket),

        // jo gives one up before its due time: counts 0.
        (Broken("p4", "jo", Morning.AddHours(4)), ticket),
    ];

    private PromiseMade Made(string id, string agent, DateTimeOffset dueAt) =>
        new() { Id = $"made-{id}", OrganizationId = ticket.OrganizationId, TicketId = ticket.Id, OccurredAt = Morning, ActorId = agent, PromiseId = id, Text = "I will call you back.", DueAt = dueAt };

    private PromiseKept Kept(string id, string agent, DateTimeOffset at, bool onTime, bool wasOverdue) =>
        new() { Id = $"kept-{id}", OrganizationId = ticket.OrganizationId, TicketId = ticket.Id, OccurredAt = at, ActorId = agent, PromiseId = id, DueAt = Morning.AddHours(2), PromisedBy = agent, OnTime = onTime, WasOverdue = wasOverdue };

    private PromiseOverdue Overdue(string id, string agent, DateTimeOffset at) =>
        new() { Id = $"overdue-{id}", OrganizationId = ticket.OrganizationId, TicketId = ticket.Id, OccurredAt = at, PromiseId = id, Text = "I will call you back.", DueAt = at, PromisedBy = agent };

    private PromiseBroken Broken(string id, string agent, DateTimeOffset at) =>
        new() { Id = $"broken-{id}", OrganizationId = ticket.OrganizationId, TicketId = ticket.Id, OccurredAt = at, ActorId = agent, PromiseId = id, DueAt = at.AddHours(1), PromisedBy = agent, Reason = "The part is late." };
}
