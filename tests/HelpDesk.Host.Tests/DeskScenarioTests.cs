using System.Globalization;
using System.Net;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>
/// A ticket's whole life through the running host and the first-party plugins: opened and tagged, its first-response
/// target missed while nobody answers (the escalation check escalates it), replied to and resolved, surveyed with a low
/// NPS answer at the link's own page, followed up – and the metrics show all of it.
/// </summary>
public sealed class DeskScenarioTests(FakeClockHostFactory host) : IClassFixture<FakeClockHostFactory>
{
    [Fact]
    public async Task A_missed_target_escalates_and_a_low_survey_answer_is_followed_up_and_counted()
    {
        var organization = "scenario-" + Guid.NewGuid().ToString("N")[..8];
        await host.Services.GetRequiredService<IOrganizationStore>().UpsertAsync(
            new Organization { Id = organization, Name = "Scenario Desk", TimeZone = "Europe/Amsterdam" }, TestContext.Current.CancellationToken);
        var agent = host.GraphQL(organization, ApiKeyRole.Agent);
        var supervisor = host.GraphQL(organization, ApiKeyRole.Supervisor);
        var openedAt = host.Clock.GetUtcNow();

        var ticket = await agent.OpenTicketAsync("VPN keeps dropping", "The VPN connection drops every few minutes since this morning.", "URGENT");
        var id = ticket.GetProperty("id").GetString();
        Assert.Contains(ticket.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "priority:urgent");

        host.Clock.Advance(TimeSpan.FromMinutes(16));
        var escalated = await WaitForAsync(agent, id!, t => t.GetProperty("tier").GetString() == "SECOND_LEVEL");
        Assert.Contains("first response", escalated.GetProperty("escalation").GetProperty("reason").GetString(), StringComparison.Ordinal);

        host.Clock.Advance(TimeSpan.FromMinutes(4));
        await agent.PostAsync("mutation($id: ID!) { replyToTicket(input: { ticketId: $id, text: \"We have reset your VPN profile.\" }) { userErrors { code } } }", new { id });
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var resolved = (await agent.PostAsync(
            "mutation($id: ID!) { resolveTicket(input: { ticketId: $id, firstContact: true }) { ticket { status } survey { url survey { questions { id kind } } } userErrors { code } } }",
            new { id })).Path("resolveTicket");
        Assert.Equal("RESOLVED", resolved.GetProperty("ticket").GetProperty("status").GetString());
        var link = resolved.GetProperty("survey").GetProperty("url").GetString()!;

        using var caller = host.CreateClient();
        var page = await caller.GetStringAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("name=\"nps\"", page, StringComparison.Ordinal);
        host.Clock.Advance(TimeSpan.FromHours(2));
        var answer = new FormUrlEncodedContent(new Dictionary<string, string> { ["csat"] = "2", ["nps"] = "3", ["comment"] = "It took far too long." });
        var answered = await caller.PostAsync(new Uri(link, UriKind.Relative), answer, TestContext.Current.CancellationToken);
        var again = await caller.PostAsync(new Uri(link, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["nps"] = "10" }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var followUps = (await supervisor.PostAsync(
            "{ tickets(filter: { tag: [\"survey:follow-up\"] }) { nodes { subject priority assigneeId } } }")).Path("tickets", "nodes");
        var followUp = Assert.Single(followUps.EnumerateArray());
        Assert.Equal(("HIGH", "supervisor"), (followUp.GetProperty("priority").GetString(), followUp.GetProperty("assigneeId").GetString()));
        var surveyed = (await agent.PostAsync("query($id: ID!) { ticket(id: $id) { surveys { response { answers { questionId score text } } } } }", new { id }))
            .Path("ticket", "surveys")[0].GetProperty("response").GetProperty("answers");
        Assert.Equal(3, surveyed.EnumerateArray().Single(a => a.GetProperty("questionId").GetString() == "nps").GetProperty("score").GetInt32());

        var metrics = await MetricsAsync(supervisor, openedAt);
        Assert.Equal(20 * 60, metrics["first-response-time"], 0);
        Assert.Equal(1, metrics["resolved-count"]);
        Assert.Equal(-100, metrics["nps"]);
        Assert.Equal(0, metrics["csat"]);
        Assert.Equal(1, metrics["first-contact-resolution"]);
        Assert.Equal(2, metrics["tickets-opened"]);
    }

    private static async Task<Dictionary<string, double>> MetricsAsync(GraphQLClient supervisor, DateTimeOffset openedAt)
    {
        var response = await supervisor.PostAsync(
            "query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to, bucket: DAY) { name total { value } } }",
            new { from = openedAt.ToString("o", CultureInfo.InvariantCulture), to = openedAt.AddDays(1).ToString("o", CultureInfo.InvariantCulture) });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Path("metrics").EnumerateArray()
            .Where(m => m.GetProperty("total").GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Number)
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("total").GetProperty("value").GetDouble());
    }

    /// <summary>Polls the ticket until the background escalation check has recorded its decision (it runs on its own task).</summary>
    private static async Task<System.Text.Json.JsonElement> WaitForAsync(GraphQLClient client, string id, Func<System.Text.Json.JsonElement, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var ticket = (await client.PostAsync("query($id: ID!) { ticket(id: $id) { tier escalation { action reason } } }", new { id })).Path("ticket");
            if (done(ticket) || attempt == 100)
            {
                Assert.True(done(ticket), ticket.ToString());
                return ticket;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
