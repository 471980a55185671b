namespace HelpDesk.Host.Tests;

/// <summary>Each operation on one WebSocket reads afresh: its batch loaders are its own, not the connection's.</summary>
public sealed class SocketOperationScopeTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Notes = "query($id: ID!) { ticket(id: $id) { notes { text } } }";

    [Fact]
    public async Task A_second_query_on_the_same_socket_sees_a_note_added_since_the_first()
    {
        var http = host.GraphQL();
        var id = (await http.OpenTicketAsync("Socket reads")).GetProperty("id").GetString();
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(host);

        var before = await QueryAsync(socket, "first", id!);
        await http.PostAsync("mutation($id: ID!) { addNote(input: { ticketId: $id, text: \"Called back, no answer.\" }) { userErrors { code } } }", new { id });
        var after = await QueryAsync(socket, "second", id!);

        Assert.Equal(0, before.GetArrayLength());
        Assert.Equal("Called back, no answer.", Assert.Single(after.EnumerateArray()).GetProperty("text").GetString());
    }

    private static async Task<System.Text.Json.JsonElement> QueryAsync(GraphQLWebSocketClient socket, string operationId, string ticketId)
    {
        await socket.SendAsync(new { id = operationId, type = "subscribe", payload = new { query = Notes, variables = new { id = ticketId } } });
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        return next.GetProperty("payload").GetProperty("data").GetProperty("ticket").GetProperty("notes");
    }
}
