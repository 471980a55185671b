using System.Globalization;
using System.Text.Json;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

/// <summary>
/// Two organisations on one host: every call-handling object of the first – interaction, transfer request, message,
/// promise – is tried with the second's key, by id and through each mutation; nothing is found, nothing changes.
/// </summary>
public sealed class CallIsolationTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    [Fact]
    public async Task Another_organisation_can_neither_read_nor_change_calls_transfers_messages_or_promises()
    {
        var owner = await host.NewOrganizationAsync(role: ApiKeyRole.Admin);
        var intruder = await host.NewOrganizationAsync(role: ApiKeyRole.Admin);
        var ticketId = (await owner.OpenTicketAsync("Router down")).GetProperty("id").GetString();
        var interactionId = Id(await owner.PostAsync("mutation($t: ID!) { startInteraction(input: { ticketId: $t, agentId: \"ann\" }) { interaction { id } } }", new { t = ticketId }), "startInteraction", "interaction");
        var requestId = Id(await owner.PostAsync(
            "mutation($t: ID!) { requestTransfer(input: { ticketId: $t, to: \"network\", from: \"ann\", summary: \"Router down since 9\", directNumber: \"+31201234567\" }) { transferRequest { id } } }",
            new { t = ticketId }), "requestTransfer", "transferRequest");
        var later = DateTimeOffset.UtcNow.AddHours(2).ToString("o", CultureInfo.InvariantCulture);
        var promiseId = Id(await owner.PostAsync("mutation($t: ID!, $due: DateTime) { makePromise(input: { ticketId: $t, text: \"Call back\", dueAt: $due }) { promise { id } } }", new { t = ticketId, due = later }), "makePromise", "promise");
        var messageId = Id(await owner.PostAsync(
            """
            mutation($t: ID!, $from: DateTime, $to: DateTime) { takeMessage(input: { ticketId: $t, callerFirstName: "Eva", callerLastName: "Jansen", callerOrganization: "Bakery",
              for: "Tom", phone: "+31201234567", text: "Call me", urgency: NORMAL, callBackFrom: $from, callBackTo: $to, callerTimeZone: "Europe/Amsterdam", takenBy: "ann" }) { message { id } } }
            """,
            new { t = ticketId, from = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture), to = later }), "takeMessage", "message");

        var reads = await intruder.PostAsync(
            "query($i: ID!, $r: ID!, $p: ID!, $m: ID!) { interaction(id: $i) { id } r: node(id: $r) { id } p: node(id: $p) { id } m: node(id: $m) { id } holdQueue { position } transferRequests(to: \"network\") { id } messages(for: \"Tom\") { id } }",
            new { i = interactionId, r = requestId, p = promiseId, m = messageId });
        Assert.False(reads.HasErrors, reads.Body.ToString());
        Assert.All(new[] { "interaction", "r", "p", "m" }, field => Assert.Equal(JsonValueKind.Null, reads.Path(field).ValueKind));
        Assert.All(new[] { "holdQueue", "transferRequests", "messages" }, field => Assert.Empty(reads.Path(field).EnumerateArray()));

        var changes = new (string Mutation, string Input, object Variables)[]
        {
            ("holdInteraction", "{ interactionId: $id, reason: \"x\" }", new { id = interactionId }),
            ("endInteraction", "{ interactionId: $id }", new { id = interactionId }),
            ("acceptTransfer", "{ requestId: $id }", new { id = requestId }),
            ("declineTransfer", "{ requestId: $id, reason: \"no\" }", new { id = requestId }),
            ("keepPromise", "{ promiseId: $id }", new { id = promiseId }),
            ("breakPromise", "{ promiseId: $id, reason: \"no\" }", new { id = promiseId }),
            ("markMessageCalledBack", "{ messageId: $id, outcome: \"done\" }", new { id = messageId }),
        };
        foreach (var (mutation, input, variables) in changes)
        {
            var response = await intruder.PostAsync($"mutation($id: ID!) {{ {mutation}(input: {input}) {{ userErrors {{ code }} }} }}", variables);
            var codes = response.HasErrors ? [response.FirstErrorCode] : response.Path(mutation, "userErrors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
            Assert.True(codes.SequenceEqual(["NOT_FOUND"]), $"{mutation}: {response.Body}");
        }

        var untouched = await owner.PostAsync(
            "query($i: ID!, $r: ID!, $p: ID!, $m: ID!) { interaction(id: $i) { onHold endedAt } r: node(id: $r) { ... on TransferRequest { status } } p: node(id: $p) { ... on Promise { status } } m: node(id: $m) { ... on Message { status } } }",
            new { i = interactionId, r = requestId, p = promiseId, m = messageId });
        Assert.Equal((false, JsonValueKind.Null), (untouched.Path("interaction", "onHold").GetBoolean(), untouched.Path("interaction", "endedAt").ValueKind));
        Assert.Equal(("PENDING", "OPEN", "OPEN"), (untouched.Path("r", "status").GetString(), untouched.Path("p", "status").GetString(), untouched.Path("m", "status").GetString()));
    }

    private static string Id(GraphQLResponse response, string mutation, string field)
    {
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Path(mutation, field, "id").GetString() ?? throw new InvalidOperationException(response.Body.ToString());
    }
}
