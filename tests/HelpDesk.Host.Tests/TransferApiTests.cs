using System.Text.Json;

namespace HelpDesk.Host.Tests;

/// <summary>Warm transfers over GraphQL against the real host: requested, seen by the receiving team, accepted, counted and warned about.</summary>
public sealed class TransferApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Request = """
        mutation($input: RequestTransferInput!) {
          requestTransfer(input: $input) { transferRequest { id status directNumber } warnings userErrors { field code message } }
        }
        """;

    private const string Accept = """
        mutation($id: ID!) {
          acceptTransfer(input: { requestId: $id }) { transferRequest { status } ticket { transferCount } userErrors { field } }
        }
        """;

    [Fact]
    public async Task A_warm_transfer_is_seen_by_the_receiving_team_accepted_and_counted_and_a_second_one_warns()
    {
        var (organizationId, agent) = await CallDeskOrganization.CreateAsync(host);
        var ticketId = (await agent.OpenTicketAsync("VPN drops")).GetProperty("id").GetString();
        await using var network = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await network.SubscribeAsync("incoming", "subscription { incomingTransfers(to: \"Network team\") { id summary directNumber warnings ticket { subject } } }");

        var first = (await agent.PostAsync(Request, new { input = Input(ticketId, "Network team") })).Path("requestTransfer");
        var seen = (await network.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("incomingTransfers");
        var firstId = first.GetProperty("transferRequest").GetProperty("id").GetString();

        Assert.Empty(first.GetProperty("userErrors").EnumerateArray());
        Assert.Empty(first.GetProperty("warnings").EnumerateArray());
        Assert.Equal(("PENDING", "+31207654321"), (first.GetProperty("transferRequest").GetProperty("status").GetString(), first.GetProperty("transferRequest").GetProperty("directNumber").GetString()));
        Assert.Equal(firstId, seen.GetProperty("id").GetString());
        Assert.StartsWith("Mieke Jansen of Fabrikam", seen.GetProperty("summary").GetString());
        Assert.Equal(("+31207654321", "VPN drops"), (seen.GetProperty("directNumber").GetString(), seen.GetProperty("ticket").GetProperty("subject").GetString()));

        var accepted = (await agent.PostAsync(Accept, new { id = firstId })).Path("acceptTransfer");
        Assert.Equal(("ACCEPTED", 1), (accepted.GetProperty("transferRequest").GetProperty("status").GetString(), accepted.GetProperty("ticket").GetProperty("transferCount").GetInt32()));

        var second = (await agent.PostAsync(Request, new { input = Input(ticketId, "Billing") })).Path("requestTransfer");
        var warning = Assert.Single(second.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains("already transferred once", warning);
        var secondAccepted = (await agent.PostAsync(Accept, new { id = second.GetProperty("transferRequest").GetProperty("id").GetString() })).Path("acceptTransfer");
        Assert.Equal(2, secondAccepted.GetProperty("ticket").GetProperty("transferCount").GetInt32());
    }

    [Fact]
    public async Task A_request_without_summary_and_with_a_local_direct_number_names_both()
    {
        var (_, agent) = await CallDeskOrganization.CreateAsync(host);
        var ticketId = (await agent.OpenTicketAsync("Printer")).GetProperty("id").GetString();

        var refused = (await agent.PostAsync(Request, new { input = new { ticketId, to = "Print team", directNumber = "020 765 4321" } })).Path("requestTransfer");

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("transferRequest").ValueKind);
        Assert.Equal(["summary", "directNumber"], refused.GetProperty("userErrors").EnumerateArray().Select(e => e.GetProperty("field")[1].GetString()));
    }

    [Fact]
    public async Task A_declined_transfer_tells_the_requester_why_and_the_ticket_is_not_transferred()
    {
        var (organizationId, agent) = await CallDeskOrganization.CreateAsync(host);
        var ticketId = (await agent.OpenTicketAsync("Licence")).GetProperty("id").GetString();
        await using var requester = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await requester.SubscribeAsync("outcomes", "subscription { transferOutcomes(from: \"Sam\") { status declineReason ticket { transferCount } } }");
        var requestId = (await agent.PostAsync(Request, new { input = Input(ticketId, "Licensing") with { from = "Sam" } })).Path("requestTransfer").GetProperty("transferRequest").GetProperty("id").GetString();

        var declined = (await agent.PostAsync(
            "mutation($id: ID!) { declineTransfer(input: { requestId: $id, reason: \"Licences are handled by Sales.\" }) { transferRequest { status } userErrors { field } } }",
            new { id = requestId })).Path("declineTransfer");
        var told = (await requester.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("transferOutcomes");

        Assert.Equal("DECLINED", declined.GetProperty("transferRequest").GetProperty("status").GetString());
        Assert.Equal(("DECLINED", "Licences are handled by Sales.", 0), (told.GetProperty("status").GetString(), told.GetProperty("declineReason").GetString(), told.GetProperty("ticket").GetProperty("transferCount").GetInt32()));
    }

    private static TransferInput Input(string? ticketId, string to) =>
        new(ticketId, to, null, "Mieke Jansen of Fabrikam: VPN drops every ten minutes; router already rebooted.", "+31 20 765 4321");

    private sealed record TransferInput(string? ticketId, string to, string? from, string summary, string directNumber);
}
