using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Escalation.EscalationHarness;

namespace HelpDesk.Plugins.Tests.Escalation;

public sealed class EscalationSignalTests
{
    [Fact]
    public async Task An_urgent_ticket_alerts_a_supervisor_as_it_is_opened()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow(TicketPriority.Urgent).Build();

        var decision = await harness.EvaluateAsync(ticket, TestEvents.TicketOpened(ticket));

        Assert.Equal(EscalationAction.AlertSupervisor, decision.Action);
        Assert.Equal("Urgent ticket opened: alerting a supervisor at once so the 15-minute first response target for urgent priority can be met.", decision.Reason);
    }

    [Theory]
    [InlineData(TicketPriority.High, true)]
    [InlineData(TicketPriority.Urgent, false)]
    public async Task Opening_a_ticket_alerts_nobody_when_it_is_not_urgent_or_the_organisation_turned_the_alert_off(TicketPriority priority, bool alertOn)
    {
        using var harness = Start($$"""{"alertSupervisorOnUrgent": {{(alertOn ? "true" : "false")}}}""");
        var ticket = harness.TicketOpenedNow(priority).Build();

        var decision = await harness.EvaluateAsync(ticket, TestEvents.TicketOpened(ticket));

        Assert.Equal(EscalationAction.Keep, decision.Action);
    }

    [Fact]
    public async Task Reaching_the_transfer_limit_escalates_instead_of_another_transfer()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow().WithTransferCount(1).Build();

        var first = await harness.EvaluateAsync(ticket, TestEvents.TicketTransferred(ticket with { TransferCount = 0 }, "network"));
        var second = await harness.EvaluateAsync(ticket with { TransferCount = 2 }, TestEvents.TicketTransferred(ticket, "servers"));

        Assert.Equal(EscalationAction.Keep, first.Action);
        Assert.Equal((EscalationAction.Escalate, SupportTier.SecondLevel), (second.Action, second.Tier));
        Assert.Equal("The ticket was transferred 2 times (limit 2): escalating from first level to second level so it gets an owner instead of another transfer.", second.Reason);
    }

    [Theory]
    [InlineData(2, EscalationAction.Keep)]
    [InlineData(3, EscalationAction.Escalate)]
    public async Task A_caller_who_keeps_coming_back_is_escalated_from_three_other_tickets(int repeats, EscalationAction expected)
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow(TicketPriority.Normal).AtTier(SupportTier.SecondLevel).Build();

        var decision = await harness.EvaluateAsync(ticket, repeatContacts: repeats);

        Assert.Equal(expected, decision.Action);
        if (expected == EscalationAction.Escalate)
        {
            Assert.Equal(SupportTier.ThirdLevel, decision.Tier);
            Assert.Equal("The caller has 3 other recent tickets (limit 3): escalating from second level to third level to find the underlying problem.", decision.Reason);
        }
    }

    [Fact]
    public async Task Many_similar_open_tickets_send_the_ticket_to_the_incident_team()
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow().Build();

        var below = await harness.EvaluateAsync(ticket, similarOpenTickets: 4);
        var at = await harness.EvaluateAsync(ticket, similarOpenTickets: 5);

        Assert.Equal(EscalationAction.Keep, below.Action);
        Assert.Equal((EscalationAction.Escalate, "incident", (SupportTier?)null), (at.Action, at.Team, at.Tier));
        Assert.Equal("5 similar tickets are open (major incident threshold 5): sending this ticket to the incident team as part of a major incident.", at.Reason);
    }

    [Fact]
    public async Task The_incident_team_and_threshold_are_the_organisations_to_choose()
    {
        using var harness = Start("""{"majorIncidentThreshold": 10, "incidentTeam": "major-incidents"}""");
        var ticket = harness.TicketOpenedNow().Build();

        var decision = await harness.EvaluateAsync(ticket, similarOpenTickets: 10);

        Assert.Equal("major-incidents", decision.Team);
        Assert.StartsWith("10 similar tickets are open (major incident threshold 10)", decision.Reason);
    }
}
