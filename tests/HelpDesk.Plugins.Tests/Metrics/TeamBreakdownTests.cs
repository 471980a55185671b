using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Metrics.MetricsHarness;

namespace HelpDesk.Plugins.Tests.Metrics;

public sealed class TeamBreakdownTests
{
    private const string Teams = """{"agentTeams": {"mila": "network", "jo": "service-desk"}}""";
    private static readonly DateTimeOffset Morning = TestDefaults.Now;
    private readonly Ticket ticket = new TicketBuilder().CreatedAt(Morning).Build();

    [Fact]
    public async Task After_a_transfer_to_a_team_the_tickets_metrics_count_for_that_team()
    {
        using var harness = Start(Teams);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(ticket), ticket),
            (TestEvents.TicketTransferred(ticket, "vendor-support", Morning.AddMinutes(10)), ticket),
            (TestEvents.TicketReplied(ticket, Morning.AddMinutes(30), agentId: "sam"), ticket),
            (TestEvents.TicketResolved(ticket, Morning.AddHours(2), agentId: "sam"), ticket),
        ]);

        Assert.Equal("vendor-support", observations.Single("first-response-time").Breakdown["team"]);
        Assert.All(observations.Of("resolved-count").Concat(observations.Of("productivity")), o => Assert.Equal("vendor-support", o.Breakdown["team"]));
    }

    [Fact]
    public async Task Assigning_to_an_agent_of_a_listed_team_puts_the_ticket_in_that_team_whoever_resolves_it()
    {
        using var harness = Start(Teams);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(ticket), ticket),
            (DeskEvents.Assigned(ticket, "mila", Morning.AddMinutes(5)), ticket),
            (TestEvents.TicketResolved(ticket, Morning.AddHours(1), agentId: "jo"), ticket),
        ]);

        var resolved = observations.Single("resolved-count");
        Assert.Equal(("network", "jo"), (resolved.Breakdown["team"], resolved.Breakdown["agent"]));
    }

    [Fact]
    public async Task A_ticket_no_team_has_held_counts_for_the_acting_agents_listed_team()
    {
        using var harness = Start(Teams);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(ticket), ticket),
            (TestEvents.TicketReplied(ticket, Morning.AddMinutes(3), agentId: "jo"), ticket),
        ]);

        Assert.Equal("service-desk", observations.Single("first-response-time").Breakdown["team"]);
        Assert.False(observations.Single("tickets-opened").Breakdown.ContainsKey("team"));
    }

    [Fact]
    public async Task A_transfer_counts_for_the_team_that_handed_the_ticket_on()
    {
        using var harness = Start(Teams);

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(ticket), ticket),
            (DeskEvents.Assigned(ticket, "jo", Morning.AddMinutes(1)), ticket),
            (TestEvents.TicketTransferred(ticket, "mila", Morning.AddMinutes(10), agentId: "jo"), ticket),
            (TestEvents.TicketTransferred(ticket, "hardware", Morning.AddMinutes(20), agentId: "mila"), ticket),
        ]);

        Assert.Equal(
            [("service-desk", "mila"), ("network", "hardware")],
            observations.Of("transfer-count").Select(o => (o.Breakdown["team"], o.Breakdown["to"])));
        Assert.Equal(1, observations.Where(o => o.Breakdown.GetValueOrDefault("team") == "network").Sum("transfer-count"));
    }

    [Fact]
    public async Task An_escalation_that_names_a_team_moves_the_ticket_and_its_survey_to_that_team()
    {
        using var harness = Start(Teams);
        var response = new SurveyResponseBuilder().ForTicket(ticket).WithNps(3).Build();

        var observations = await harness.ObserveAllAsync(
        [
            (TestEvents.TicketOpened(ticket), ticket),
            (DeskEvents.Assigned(ticket, "jo", Morning.AddMinutes(1)), ticket),
            (DeskEvents.Escalated(ticket, "incident", Morning.AddHours(1)), ticket),
            (TestEvents.SurveyAnswered(response with { AnsweredAt = Morning.AddDays(1) }), ticket),
        ]);

        Assert.Equal("incident", observations.Single("nps").Breakdown["team"]);
    }

    [Fact]
    public async Task Rates_fold_per_team()
    {
        using var harness = Start(Teams);
        var networkTicket = ticket with { Id = "ticket-net", Number = 2 };
        var deskTicket = ticket with { Id = "ticket-desk", Number = 3 };

        var observations = await harness.ObserveAllAsync(
        [
            (DeskEvents.Assigned(networkTicket, "mila", Morning), networkTicket),
            (DeskEvents.Assigned(deskTicket, "jo", Morning), deskTicket),
            (TestEvents.TicketResolved(networkTicket, Morning.AddHours(1), firstContact: false, agentId: "mila"), networkTicket),
            (TestEvents.TicketResolved(deskTicket, Morning.AddHours(1), firstContact: true, agentId: "jo"), deskTicket),
        ]);

        Assert.Equal(0, observations.Average("first-contact-resolution", "team", "network"));
        Assert.Equal(1, observations.Average("first-contact-resolution", "team", "service-desk"));
    }

    [Fact]
    public async Task An_agent_without_a_team_in_the_setting_is_refused_naming_the_setting()
    {
        using var harness = Start("""{"agentTeams": {"mila": " "}}""");

        var error = await Assert.ThrowsAsync<PluginSettingsException>(() => harness.ObserveAsync(TestEvents.TicketOpened(ticket), ticket));

        Assert.Equal("agentTeams", error.Setting);
        Assert.Contains("mila", error.Message, StringComparison.Ordinal);
    }
}
