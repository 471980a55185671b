using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

public sealed class RepeatContactTests
{
    [Fact]
    public async Task A_callers_first_ticket_adds_to_the_denominator_the_second_to_the_numerator_and_later_ones_to_nothing()
    {
        using var harness = Start();

        var first = await harness.ObserveAsync(Opened(1, "anna"), null);
        var second = await harness.ObserveAsync(Opened(2, "anna"), null);
        var third = await harness.ObserveAsync(Opened(3, "anna"), null);

        Assert.Equal((0d, 1d), (first.Single("repeat-contact-rate").Value, first.Single("repeat-contact-rate").Denominator));
        Assert.Equal((1d, 0d), (second.Single("repeat-contact-rate").Value, second.Single("repeat-contact-rate").Denominator));
        Assert.Empty(third.Of("repeat-contact-rate"));
    }

    [Fact]
    public async Task The_repeat_contact_rate_is_the_share_of_callers_with_more_than_one_ticket()
    {
        using var harness = Start();
        var log = new (long Number, string? Contact)[] { (1, "anna"), (2, "ben"), (3, "anna"), (4, null), (5, "carla"), (6, "anna"), (7, "carla") };

        var observations = await harness.ObserveAllAsync(log.Select(t => ((DomainEvent)Opened(t.Number, t.Contact), (Ticket?)null)));

        Assert.Equal(2d / 3, observations.Average("repeat-contact-rate"), precision: 10);
        Assert.All(observations.Of("repeat-contact-rate"), o => Assert.Empty(o.Breakdown));
    }

    [Fact]
    public async Task A_caller_seen_again_in_a_replay_is_not_counted_as_a_repeat_of_themselves()
    {
        using var harness = Start();
        var log = new[] { Opened(1, "anna"), Opened(2, "ben"), Opened(3, "anna") };

        var first = await harness.ObserveAllAsync(log.Select(e => ((DomainEvent)e, (Ticket?)null)));
        var replay = await harness.ObserveAllAsync(log.Select(e => ((DomainEvent)e, (Ticket?)null)));

        Assert.Equal(first.Described(), replay.Described());
        Assert.Equal(0.5, replay.Average("repeat-contact-rate"));
    }

    private static TicketOpened Opened(long number, string? contact)
    {
        var builder = new TicketBuilder().WithId($"ticket-{number}").WithNumber(number).CreatedAt(TestDefaults.Now.AddHours(number));
        return TestEvents.TicketOpened((contact is null ? builder : builder.WithContact(contact)).Build());
    }
}
