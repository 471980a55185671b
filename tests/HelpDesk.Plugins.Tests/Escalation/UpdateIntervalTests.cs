using HelpDesk.Sdk.Domain;
using static HelpDesk.Plugins.Tests.Escalation.EscalationHarness;

namespace HelpDesk.Plugins.Tests.Escalation;

public sealed class UpdateIntervalTests
{
    [Fact]
    public async Task An_open_ticket_without_an_update_is_warned_then_escalated_once()
    {
        using var harness = Start("""{"highUpdateIntervalMinutes": 100}""");
        var ticket = harness.TicketOpenedNow().FirstRepliedAfter(TimeSpan.FromMinutes(10)).Build() with { LastRepliedAt = harness.Clock.GetUtcNow().AddMinutes(20) };

        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(100));
        var warned = await harness.EvaluateAsync(ticket);
        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(120));
        var escalated = await harness.EvaluateAsync(ticket);
        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(130));
        var again = await harness.EvaluateAsync(ticket with { Tier = SupportTier.SecondLevel });

        Assert.Equal(EscalationAction.Warn, warned.Action);
        Assert.Equal("80 % of the 100-minute update interval target for high priority is used (80 minutes since the last reply); send the caller an update within 20 minutes to meet it.", warned.Reason);
        Assert.Equal((EscalationAction.Escalate, SupportTier.SecondLevel), (escalated.Action, escalated.Tier));
        Assert.Equal("The 100-minute update interval target for high priority was missed (100 minutes since the last reply): escalating from first level to second level.", escalated.Reason);
        Assert.Equal(EscalationAction.Keep, again.Action);
        Assert.Contains("update interval 110 of 100 minutes (110 %) – escalated earlier", again.Reason);
    }

    [Fact]
    public async Task A_new_reply_restarts_the_update_interval_so_the_next_quiet_stretch_warns_again()
    {
        using var harness = Start("""{"highUpdateIntervalMinutes": 100}""");
        var ticket = harness.TicketOpenedNow().FirstRepliedAfter(TimeSpan.FromMinutes(10)).Build();

        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(90));
        var first = await harness.EvaluateAsync(ticket);
        var updated = ticket with { LastRepliedAt = ticket.CreatedAt.AddMinutes(95) };
        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(150));
        var quiet = await harness.EvaluateAsync(updated);
        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(175));
        var second = await harness.EvaluateAsync(updated);

        Assert.Equal(EscalationAction.Warn, first.Action);
        Assert.Equal(EscalationAction.Keep, quiet.Action);
        Assert.Contains("update interval 55 of 100 minutes (55 %)", quiet.Reason);
        Assert.Equal(EscalationAction.Warn, second.Action);
        Assert.Contains("(80 minutes since the last reply)", second.Reason);
        Assert.DoesNotContain(harness.Context.Store.Values.Values, v => v.Contains("20250106T091000Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ticket_waiting_for_the_caller_has_no_update_interval()
    {
        using var harness = Start("""{"highUpdateIntervalMinutes": 100}""");
        var ticket = harness.TicketOpenedNow().FirstRepliedAfter(TimeSpan.FromMinutes(10)).WithStatus(TicketStatus.Pending).Build();

        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(200));
        var decision = await harness.EvaluateAsync(ticket);

        Assert.Equal(EscalationAction.Keep, decision.Action);
        Assert.Equal("Within the high priority targets: first response given, resolution 200 of 480 minutes (41 %).", decision.Reason);
    }
}
