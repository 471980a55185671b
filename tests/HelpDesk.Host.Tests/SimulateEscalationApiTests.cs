using System.Globalization;
using System.Net;
using System.Text.Json;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

public sealed class SimulateEscalationApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Simulate = """
        query Simulate($id: ID!, $until: DateTime) {
          simulateEscalation(ticketId: $id, until: $until) { at trigger eventType action tier team reason pluginId }
        }
        """;

    [Fact]
    public async Task A_supervisor_sees_what_the_escalation_policy_will_do_with_an_urgent_ticket_nobody_answers()
    {
        var (supervisor, _) = await OrganizationAsync();
        var ticket = await supervisor.OpenTicketAsync("Payroll server down", "Nobody can run payroll.", "URGENT");
        var openedAt = DateTimeOffset.Parse(ticket.GetProperty("createdAt").GetString()!, CultureInfo.InvariantCulture);

        var response = await supervisor.PostAsync(Simulate, new { id = ticket.GetProperty("id").GetString(), until = openedAt.AddMinutes(20).ToString("o", CultureInfo.InvariantCulture) });

        Assert.False(response.HasErrors, response.Body.ToString());
        var decisions = response.Path("simulateEscalation").EnumerateArray().ToList();
        Assert.Equal(
            [("EVENT", "ticket.opened", "ALERT_SUPERVISOR", "FIRST_LEVEL", 0.0), ("TIMER", null, "WARN", "FIRST_LEVEL", 12.0), ("TIMER", null, "ESCALATE", "SECOND_LEVEL", 15.0)],
            decisions.Select(d => (Text(d, "trigger"), Text(d, "eventType"), Text(d, "action"), Text(d, "tier"), (At(d) - openedAt).TotalMinutes)));
        Assert.All(decisions, d => Assert.Equal("helpdesk.escalation", Text(d, "pluginId")));
        Assert.Equal(
            "The 15-minute first response target for urgent priority was missed (15 minutes without a reply): escalating from first level to second level.",
            Text(decisions[^1], "reason"));
        var stored = await supervisor.PostAsync("query($id: ID!) { ticket(id: $id) { tier version } }", new { id = ticket.GetProperty("id").GetString() });
        Assert.Equal(("FIRST_LEVEL", 1), (stored.Path("ticket", "tier").GetString(), stored.Path("ticket", "version").GetInt32()));
    }

    [Fact]
    public async Task An_agent_may_not_simulate_escalations()
    {
        var (supervisor, agent) = await OrganizationAsync();
        var ticket = await supervisor.OpenTicketAsync("Printer jammed");

        var response = await agent.PostAsync(Simulate, new { id = ticket.GetProperty("id").GetString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Contains("supervisor", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_ticket_of_another_organisation_is_not_found_exactly_like_a_missing_one()
    {
        var (owner, _) = await OrganizationAsync();
        var (stranger, _) = await OrganizationAsync();
        var ticket = await owner.OpenTicketAsync("Printer on fire");

        var foreign = await stranger.PostAsync(Simulate, new { id = ticket.GetProperty("id").GetString() });
        var missing = await stranger.PostAsync(Simulate, new { id = "VGlja2V0Om5vdC10aGVyZQ" });

        Assert.Equal(("NOT_FOUND", "NOT_FOUND"), (foreign.FirstErrorCode, missing.FirstErrorCode));
        Assert.Equal(foreign.FirstError.GetProperty("message").GetString(), missing.FirstError.GetProperty("message").GetString());
    }

    private async Task<(GraphQLClient Supervisor, GraphQLClient Agent)> OrganizationAsync()
    {
        var id = "org-" + Guid.NewGuid().ToString("N")[..12];
        await host.Services.GetRequiredService<IOrganizationStore>()
            .UpsertAsync(new Organization { Id = id, Name = "Escalation Desk", TimeZone = "Europe/Amsterdam" }, TestContext.Current.CancellationToken);
        return (host.GraphQL(id, ApiKeyRole.Supervisor), host.GraphQL(id, ApiKeyRole.Agent));
    }

    private static string? Text(JsonElement decision, string field) =>
        decision.GetProperty(field).ValueKind == JsonValueKind.Null ? null : decision.GetProperty(field).GetString();

    private static DateTimeOffset At(JsonElement decision) => DateTimeOffset.Parse(Text(decision, "at")!, CultureInfo.InvariantCulture);
}
