using System.Text.Json;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>GraphQL subscriptions over WebSocket with the graphql-transport-ws protocol, against the real host.</summary>
public sealed class SubscriptionTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string AllEvents = "subscription { ticketEvents { id type sequence occurredAt ticketId actorId ticket { id subject } } }";

    private const string OneTicket = "subscription($id: ID) { ticketEvents(ticketId: $id) { type ticketId ticket { subject } } }";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_handshake_is_acknowledged_and_pings_are_answered()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host);

        await client.PingPongAsync();
        await client.SendAsync(new { type = "pong" });
        await client.PingPongAsync();
    }

    [Fact]
    public async Task An_organisation_subscription_receives_the_events_of_a_ticket_opened_over_http()
    {
        var (organizationId, http) = await NewOrganizationAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await client.SubscribeAsync("all", AllEvents);

        var ticket = await http.OpenTicketAsync("Printer jammed");
        var next = await client.ReceiveAsync();

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("all", next.GetProperty("id").GetString());
        var received = next.GetProperty("payload").GetProperty("data").GetProperty("ticketEvents");
        Assert.Equal("ticket.opened", received.GetProperty("type").GetString());
        Assert.Equal(ticket.GetProperty("id").GetString(), received.GetProperty("ticketId").GetString());
        Assert.Equal("Printer jammed", received.GetProperty("ticket").GetProperty("subject").GetString());
        Assert.True(received.GetProperty("sequence").GetInt32() > 0);
        Assert.True(DateTimeOffset.TryParse(received.GetProperty("occurredAt").GetString(), out _));
        Assert.False(string.IsNullOrEmpty(received.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_ticket_subscription_receives_only_that_tickets_events()
    {
        var (organizationId, http) = await NewOrganizationAsync();
        var watched = await http.OpenTicketAsync("Watched");
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await client.SubscribeAsync("one", OneTicket, new { id = watched.GetProperty("id").GetString() });

        await http.OpenTicketAsync("Not watched");
        await AppendNoteAsync(organizationId, TicketIdOf(watched));
        var next = await client.ReceiveAsync();

        var received = next.GetProperty("payload").GetProperty("data").GetProperty("ticketEvents");
        Assert.Equal(NoteAdded.TypeName, received.GetProperty("type").GetString());
        Assert.Equal(watched.GetProperty("id").GetString(), received.GetProperty("ticketId").GetString());
        Assert.Equal("Watched", received.GetProperty("ticket").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Events_of_another_organisation_never_arrive()
    {
        var (mine, myHttp) = await NewOrganizationAsync();
        var (_, theirHttp) = await NewOrganizationAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host, mine);
        await client.SubscribeAsync("all", AllEvents);

        // Their events are appended first: had they leaked, they would arrive before ours.
        await theirHttp.OpenTicketAsync("Their ticket");
        var ours = await myHttp.OpenTicketAsync("Our ticket");
        var next = await client.ReceiveAsync();

        Assert.Equal(ours.GetProperty("id").GetString(), next.GetProperty("payload").GetProperty("data").GetProperty("ticketEvents").GetProperty("ticketId").GetString());
    }

    [Fact]
    public async Task A_ticket_of_another_organisation_is_not_found_like_a_missing_one()
    {
        var (_, theirHttp) = await NewOrganizationAsync();
        var theirs = await theirHttp.OpenTicketAsync("Their ticket");
        var (mine, _) = await NewOrganizationAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host, mine);

        await client.SendAsync(new { id = "x", type = "subscribe", payload = new { query = OneTicket, variables = new { id = theirs.GetProperty("id").GetString() } } });
        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("NOT_FOUND", next.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("x", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_client_complete_stops_that_subscription_only()
    {
        var (organizationId, http) = await NewOrganizationAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await client.SubscribeAsync("stopped", AllEvents);
        await client.SubscribeAsync("kept", AllEvents);

        await client.SendAsync(new { id = "stopped", type = "complete" });
        await client.PingPongAsync();
        await http.OpenTicketAsync("After the complete");
        var next = await client.ReceiveAsync();

        Assert.Equal("kept", next.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Queries_and_mutations_over_the_socket_send_one_next_and_complete()
    {
        var (organizationId, _) = await NewOrganizationAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);

        await client.SendAsync(new { id = "m", type = "subscribe", payload = new { query = "mutation { openTicket(input: { subject: \"Over the socket\" }) { ticket { number } } }" } });
        var opened = await client.ReceiveAsync();
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());
        await client.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ tickets { totalCount } }" } });
        var counted = await client.ReceiveAsync();
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());

        Assert.Equal(1, opened.GetProperty("payload").GetProperty("data").GetProperty("openTicket").GetProperty("ticket").GetProperty("number").GetInt32());
        Assert.Equal("q", counted.GetProperty("id").GetString());
        Assert.Equal(1, counted.GetProperty("payload").GetProperty("data").GetProperty("tickets").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_invalid_subscription_gets_an_error_message_and_the_socket_stays_open()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host);

        await client.SendAsync(new { id = "bad", type = "subscribe", payload = new { query = "subscription { ticketEvents { noSuchField } }" } });
        var error = await client.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        await client.PingPongAsync();
        await client.SubscribeAsync("bad", AllEvents);
    }

    [Fact]
    public async Task Subscribing_before_the_connection_is_acknowledged_closes_with_4401()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(host);

        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { query = AllEvents } });

        Assert.Equal(4401, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_duplicate_subscription_id_closes_with_4409()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host);
        await client.SubscribeAsync("same", AllEvents);

        await client.SendAsync(new { id = "same", type = "subscribe", payload = new { query = AllEvents } });

        Assert.Equal(4409, await client.ReceiveCloseAsync());
        Assert.Equal("Subscriber for same already exists", client.CloseDescription);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "type": "no_such_type" }""")]
    [InlineData("""{ "type": "subscribe", "payload": { "query": "{ tickets { totalCount } }" } }""")]
    [InlineData("""{ "type": "complete" }""")]
    [InlineData("""{ "type": "next", "id": "1", "payload": {} }""")]
    [InlineData("""{ "type": "connection_init", "payload": "not an object" }""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(host);

        await client.SendTextAsync(message);

        Assert.Equal(4400, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host);

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(4429, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_connection_without_a_valid_api_key_is_refused_with_4403()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(host);

        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = "hd_0123456789abcdef_not-a-real-secret-at-all" } });

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host);

        await client.SendAsync(new { id = "big", type = "subscribe", payload = new { query = "{ tickets { totalCount } }" + new string(' ', 200 * 1024) } });

        Assert.Equal(1009, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Another_sub_protocol_closes_with_4406()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(host, subProtocol: "graphql-ws");

        Assert.Equal(4406, await client.ReceiveCloseAsync());
    }

    private static string TicketIdOf(JsonElement ticket) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(ticket.GetProperty("id").GetString()!))).Split(':', 2)[1];

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }

    private async Task<(string Id, GraphQLClient Http)> NewOrganizationAsync()
    {
        var id = "org-" + Guid.NewGuid().ToString("N")[..12];
        await host.Services.GetRequiredService<IOrganizationStore>().UpsertAsync(new Organization { Id = id, Name = "Subscriber", TimeZone = "Europe/Amsterdam", Languages = ["en"] }, Ct);
        return (id, host.GraphQL(id));
    }

    private async Task AppendNoteAsync(string organizationId, string ticketId) =>
        await host.Services.GetRequiredService<IEventLog>().AppendAsync(
            [new NoteAdded { Id = Guid.NewGuid().ToString("N"), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = DateTimeOffset.UtcNow, NoteId = "note-1" }],
            Ct);
}
