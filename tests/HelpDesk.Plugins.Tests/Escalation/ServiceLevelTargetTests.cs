using HelpDesk.Sdk.Domain;
using static HelpDesk.Plugins.Tests.Escalation.EscalationHarness;

namespace HelpDesk.Plugins.Tests.Escalation;

public sealed class ServiceLevelTargetTests
{
    [Fact]
    public async Task At_79_percent_of_the_first_response_target_the_ticket_is_kept_with_the_figures()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow().Build();
        harness.Clock.Advance(TimeSpan.FromMinutes(47.4));

        var decision = await harness.EvaluateAsync(ticket);

        Assert.Equal(EscalationAction.Keep, decision.Action);
        Assert.Equal("Within the high priority targets: first response 47 of 60 minutes (79 %), resolution 47 of 480 minutes (9 %).", decision.Reason);
    }

    [Fact]
    public async Task At_80_percent_of_the_first_response_target_the_ticket_gets_a_warning()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow().Build();
        harness.Clock.Advance(TimeSpan.FromMinutes(48));

        var decision = await harness.EvaluateAsync(ticket);

        Assert.Equal(EscalationAction.Warn, decision.Action);
        Assert.Null(decision.Tier);
        Assert.Equal("80 % of the 60-minute first response target for high priority is used (48 minutes without a reply); reply within 12 minutes to meet it.", decision.Reason);
    }

    [Fact]
    public async Task A_missed_first_response_target_escalates_to_the_next_tier()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow().Build();
        harness.Clock.Advance(TimeSpan.FromMinutes(60));

        var decision = await harness.EvaluateAsync(ticket);

        Assert.Equal((EscalationAction.Escalate, SupportTier.SecondLevel), (decision.Action, decision.Tier));
        Assert.Equal("The 60-minute first response target for high priority was missed (60 minutes without a reply): escalating from first level to second level.", decision.Reason);
    }

    [Fact]
    public async Task Timer_ticks_warn_once_and_escalate_once_per_target()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow().Build();
        var decisions = new List<EscalationAction>();
        foreach (var minutes in new[] { 40, 48, 51, 60, 66 })
        {
            harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(minutes));
            var decision = await harness.EvaluateAsync(ticket);
            decisions.Add(decision.Action);
            ticket = decision.Tier is { } tier ? ticket with { Tier = tier } : ticket;
        }

        Assert.Equal([EscalationAction.Keep, EscalationAction.Warn, EscalationAction.Keep, EscalationAction.Escalate, EscalationAction.Keep], decisions);
        var last = await harness.EvaluateAsync(ticket);
        Assert.Equal("No further action for this high priority ticket: first response 66 of 60 minutes (110 %) – escalated earlier, resolution 66 of 480 minutes (13 %).", last.Reason);
        Assert.Equal(SupportTier.SecondLevel, ticket.Tier);
    }

    [Fact]
    public async Task After_the_first_reply_the_update_interval_and_resolution_targets_run_instead_of_the_first_response()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow(TicketPriority.Normal).FirstRepliedAfter(TimeSpan.FromMinutes(330)).Build();

        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(1151));
        var kept = await harness.EvaluateAsync(ticket);
        harness.Clock.SetUtcNow(ticket.CreatedAt.AddMinutes(1152));
        var warned = await harness.EvaluateAsync(ticket);

        Assert.Equal("Within the normal priority targets: first response given, update interval 821 of 1440 minutes (57 %), resolution 1151 of 1440 minutes (79 %).", kept.Reason);
        Assert.Equal(EscalationAction.Warn, warned.Action);
        Assert.Equal("80 % of the 1440-minute resolution target for normal priority is used (open for 1152 minutes); resolve it within 288 minutes to meet it.", warned.Reason);
    }

    [Fact]
    public async Task A_missed_target_at_third_level_alerts_a_supervisor()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow(TicketPriority.Urgent).AtTier(SupportTier.ThirdLevel).FirstRepliedAfter(TimeSpan.FromMinutes(5)).Build();
        harness.Clock.Advance(TimeSpan.FromMinutes(241));

        var decision = await harness.EvaluateAsync(ticket);

        Assert.Equal(EscalationAction.AlertSupervisor, decision.Action);
        Assert.Equal("The 240-minute resolution target for urgent priority was missed (open for 241 minutes): the ticket is already at third level, so a supervisor is alerted.", decision.Reason);
    }

    [Fact]
    public async Task An_organisation_sets_its_own_targets_and_warning_level()
    {
        using var harness = Start("""{"highFirstResponseMinutes": 30, "warnAtPercent": 90}""");
        var ticket = harness.TicketOpenedNow().Build();

        harness.Clock.Advance(TimeSpan.FromMinutes(26));
        var kept = await harness.EvaluateAsync(ticket);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var warned = await harness.EvaluateAsync(ticket);

        Assert.Equal(EscalationAction.Keep, kept.Action);
        Assert.Equal("90 % of the 30-minute first response target for high priority is used (27 minutes without a reply); reply within 3 minutes to meet it.", warned.Reason);
    }

    [Fact]
    public async Task A_resolved_ticket_is_kept_and_its_remembered_causes_are_forgotten()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow().Build();
        harness.Clock.Advance(TimeSpan.FromMinutes(50));
        await harness.EvaluateAsync(ticket);
        Assert.NotEmpty(harness.Context.Store.Values);

        var decision = await harness.EvaluateAsync(ticket with { Status = TicketStatus.Resolved });

        Assert.Equal((EscalationAction.Keep, "The ticket is resolved; its targets no longer apply."), (decision.Action, decision.Reason));
        Assert.Empty(harness.Context.Store.Values);
    }
}
