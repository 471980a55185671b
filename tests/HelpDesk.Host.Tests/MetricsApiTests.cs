using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

/// <summary>The metrics query over the running host with the first-party metrics plugin.</summary>
public sealed class MetricsApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Metrics = """
        query($from: DateTime!, $to: DateTime!, $names: [String!], $by: String) {
          metrics(names: $names, from: $from, to: $to, bucket: DAY, breakdownBy: $by) {
            name dimension dimensionValue definition { unit aggregation description pluginId }
            total { value count } points { start end value }
          }
        }
        """;

    [Fact]
    public async Task A_supervisor_sees_tickets_opened_and_resolved_today_with_their_definitions()
    {
        var admin = await host.NewOrganizationAsync();
        var first = (await admin.OpenTicketAsync("Mail is down")).GetProperty("id").GetString();
        await admin.OpenTicketAsync("Printer jams");
        await admin.PostAsync("mutation($id: ID!) { resolveTicket(input: { ticketId: $id, firstContact: true }) { userErrors { code } } }", new { id = first });

        var response = await admin.PostAsync(Metrics, Window(["resolved-count", "resolution-rate"]));

        Assert.False(response.HasErrors, response.Body.ToString());
        var series = response.Path("metrics").EnumerateArray().ToList();
        var resolved = series.Single(s => s.GetProperty("name").GetString() == "resolved-count");
        Assert.Equal(1, resolved.GetProperty("total").GetProperty("value").GetDouble());
        Assert.Equal("helpdesk.metrics", resolved.GetProperty("definition").GetProperty("pluginId").GetString());
        Assert.Equal(1, resolved.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("value").GetDouble()));
        var rate = series.Single(s => s.GetProperty("name").GetString() == "resolution-rate");
        Assert.Equal(0.5, rate.GetProperty("total").GetProperty("value").GetDouble(), 6);
        Assert.Equal("RATIO", rate.GetProperty("definition").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Agents_may_not_read_metrics_and_an_unknown_metric_is_named_in_the_error()
    {
        var admin = await host.NewOrganizationAsync();
        var agent = await host.NewOrganizationAsync(role: ApiKeyRole.Agent);

        var forbidden = await agent.PostAsync(Metrics, Window(["resolved-count"]));
        var unknown = await admin.PostAsync(Metrics, Window(["happiness"]));

        Assert.Equal("FORBIDDEN", forbidden.FirstErrorCode);
        Assert.Equal("VALIDATION_FAILED", unknown.FirstErrorCode);
        Assert.Contains("'happiness'", unknown.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_rebuilds_the_metrics_from_the_event_log_and_gets_the_same_answer()
    {
        var admin = await host.NewOrganizationAsync();
        await admin.OpenTicketAsync("Mail is down");
        await admin.OpenTicketAsync("Printer jams");
        var before = await admin.PostAsync(Metrics, Window(["tickets-opened"]));
        var supervisor = await host.NewOrganizationAsync(role: ApiKeyRole.Supervisor);

        var rebuilt = await admin.PostAsync("mutation { rebuildMetrics(input: { clientMutationId: \"r1\" }) { rebuiltAt clientMutationId userErrors { code } } }");
        var forbidden = await supervisor.PostAsync("mutation { rebuildMetrics(input: {}) { rebuiltAt } }");
        var after = await admin.PostAsync(Metrics, Window(["tickets-opened"]));

        Assert.Equal("r1", rebuilt.Path("rebuildMetrics", "clientMutationId").GetString());
        Assert.Equal("FORBIDDEN", forbidden.FirstErrorCode);
        Assert.Equal(2, after.Path("metrics")[0].GetProperty("total").GetProperty("value").GetDouble());
        Assert.Equal(before.Path("metrics").ToString(), after.Path("metrics").ToString());
    }

    private static object Window(string[] names)
    {
        var today = DateTimeOffset.UtcNow.Date;
        return new { from = new DateTimeOffset(today, TimeSpan.Zero).AddHours(-12), to = new DateTimeOffset(today, TimeSpan.Zero).AddHours(24), names };
    }
}
