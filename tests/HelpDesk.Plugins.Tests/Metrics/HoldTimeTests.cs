using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

/// <summary>Hold time: seconds per hold, observed when the caller is taken off hold or the call ends while they wait.</summary>
public sealed class HoldTimeTests
{
    private static readonly DateTimeOffset Morning = TestDefaults.Now;

    private readonly Ticket ticket = new TicketBuilder().WithId("ticket-1").WithTags("service:network").CreatedAt(Morning).Build();

    [Fact]
    public async Task Each_hold_is_one_value_in_seconds_credited_to_the_agent_who_held_the_caller()
    {
        using var harness = Start("""{"agentTeams": {"mila": "network"}}""");

        var observations = await harness.ObserveAllAsync(
        [
            (Resumed("mila", 80, Morning.AddMinutes(2)), ticket),
            (Resumed("jo", 35, Morning.AddMinutes(5)), ticket),
            (Ended("mila", endedHoldFor: 12, Morning.AddMinutes(9)), ticket),
            (Ended("mila", endedHoldFor: null, Morning.AddMinutes(10)), ticket),
            (Held("mila", Morning.AddMinutes(8)), ticket),
        ]);

        var holds = observations.Of("hold-time").ToList();
        Assert.Equal([80d, 35, 12], holds.Select(o => o.Value));
        Assert.Equal(["mila", "jo", "mila"], holds.Select(o => o.Breakdown["agent"]));
        Assert.Equal(("network", "network"), (holds[0].Breakdown["team"], holds[0].Breakdown["serviceType"]));
        Assert.Equal(Morning.AddMinutes(9), holds[2].At);
    }

    [Fact]
    public async Task Replaying_holds_observes_the_same_values_and_remembers_nothing()
    {
        using var harness = Start();
        List<(DomainEvent, Ticket?)> log = [(Resumed("mila", 80, Morning.AddMinutes(2)), ticket), (Ended("mila", 12, Morning.AddMinutes(9)), ticket)];

        var first = await harness.ObserveAllAsync(log);
        var remembered = harness.Context.Store.Values;
        var replay = await harness.ObserveAllAsync(log);

        Assert.Equal(first.Described(), replay.Described());
        Assert.Equal(remembered, harness.Context.Store.Values);
        Assert.Contains("hold-time", harness.Get<HelpDesk.Sdk.Metrics.IMetricSource>().Definitions.Select(d => d.Name));
    }

    private static CallerResumed Resumed(string agent, double seconds, DateTimeOffset at) => new()
    {
        Id = NewId(), OrganizationId = TestDefaults.OrganizationId, TicketId = "ticket-1", OccurredAt = at, ActorId = "key:desk",
        InteractionId = "call-1", AgentId = agent, Reason = "check the line", HeldFor = TimeSpan.FromSeconds(seconds), TotalHoldTime = TimeSpan.FromSeconds(seconds),
    };

    private static InteractionEnded Ended(string agent, double? endedHoldFor, DateTimeOffset at) => new()
    {
        Id = NewId(), OrganizationId = TestDefaults.OrganizationId, TicketId = "ticket-1", OccurredAt = at, ActorId = "key:desk",
        InteractionId = "call-1", AgentId = agent, Step = CallStep.Goodbye, Duration = TimeSpan.FromMinutes(9), TotalHoldTime = TimeSpan.FromSeconds(127),
        EndedHoldFor = endedHoldFor is { } s ? TimeSpan.FromSeconds(s) : null,
    };

    private static CallerHeld Held(string agent, DateTimeOffset at) => new()
    {
        Id = NewId(), OrganizationId = TestDefaults.OrganizationId, TicketId = "ticket-1", OccurredAt = at, InteractionId = "call-1", AgentId = agent, Reason = "check the line",
    };

    private static string NewId() => $"hold-event-{Guid.NewGuid():N}";
}
