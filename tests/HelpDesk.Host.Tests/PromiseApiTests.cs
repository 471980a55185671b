using System.Text.Json;

namespace HelpDesk.Host.Tests;

/// <summary>Promises over the running host: refused without a time, made, kept, listed on the ticket and counted in the metric.</summary>
public sealed class PromiseApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Make = """
        mutation($input: MakePromiseInput!) {
          makePromise(input: $input) { promise { id text dueAt status version } userErrors { field message code } }
        }
        """;

    [Fact]
    public async Task An_asap_promise_is_refused_a_timed_one_is_made_and_kept_on_time_and_the_metric_shows_it()
    {
        var admin = await host.NewOrganizationAsync();
        var ticketId = (await admin.OpenTicketAsync("Laptop does not start")).GetProperty("id").GetString();
        var dueAt = DateTimeOffset.UtcNow.AddHours(2);

        var asap = await admin.PostAsync(Make, new { input = new { ticketId, text = "I will call you back ASAP." } });
        var made = await admin.PostAsync(Make, new { input = new { ticketId, text = "I will call you back with the repair status.", dueAt } });
        var promiseId = made.Path("makePromise", "promise", "id").GetString();
        var kept = await admin.PostAsync(
            "mutation($id: ID!) { keepPromise(input: { promiseId: $id, expectedVersion: 1 }) { promise { status keptOnTime settledAt version } userErrors { field } } }",
            new { id = promiseId });
        var ticket = await admin.PostAsync("query($id: ID!) { ticket(id: $id) { promises { id status keptOnTime } } }", new { id = ticketId });
        var metric = await admin.PostAsync(
            "query($from: DateTime!, $to: DateTime!) { metrics(names: [\"promises-kept\"], from: $from, to: $to, bucket: DAY) { total { value count } definition { unit } } }",
            new { from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow.AddDays(1) });

        var refused = Assert.Single(asap.Path("makePromise", "userErrors").EnumerateArray());
        Assert.Equal("dueAt", refused.GetProperty("field")[1].GetString());
        Assert.Equal("REQUIRED", refused.GetProperty("code").GetString());
        Assert.Contains("Promise a time you can keep, for example 'by 15:00 today'", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, asap.Path("makePromise", "promise").ValueKind);
        Assert.Equal("OPEN", made.Path("makePromise", "promise", "status").GetString());
        Assert.Equal(0, kept.Path("keepPromise", "userErrors").GetArrayLength());
        Assert.Equal(("KEPT", true, 2), (kept.Path("keepPromise", "promise", "status").GetString(), kept.Path("keepPromise", "promise", "keptOnTime").GetBoolean(), kept.Path("keepPromise", "promise", "version").GetInt32()));
        var listed = Assert.Single(ticket.Path("ticket", "promises").EnumerateArray());
        Assert.Equal((promiseId, "KEPT"), (listed.GetProperty("id").GetString(), listed.GetProperty("status").GetString()));
        Assert.False(metric.HasErrors, metric.Body.ToString());
        var total = Assert.Single(metric.Path("metrics").EnumerateArray()).GetProperty("total");
        Assert.Equal(1, total.GetProperty("value").GetDouble());
        var node = await admin.PostAsync("query($id: ID!) { node(id: $id) { ... on Promise { text } } }", new { id = promiseId });
        Assert.Equal("I will call you back with the repair status.", node.Path("node", "text").GetString());
    }

    [Fact]
    public async Task A_promise_on_another_organisations_ticket_is_not_found()
    {
        var ours = await host.NewOrganizationAsync();
        var theirs = await host.NewOrganizationAsync();
        var ticketId = (await theirs.OpenTicketAsync("Mail is down")).GetProperty("id").GetString();

        var made = await ours.PostAsync(Make, new { input = new { ticketId, text = "Call back", dueAt = DateTimeOffset.UtcNow.AddHours(1) } });

        Assert.Equal("NOT_FOUND", Assert.Single(made.Path("makePromise", "userErrors").EnumerateArray()).GetProperty("code").GetString());
    }
}
