using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// A small <c>graphql-transport-ws</c> client over <see cref="ClientWebSocket"/>, talking to the host's real
/// Kestrel port. Every wait is bounded, so a missing message fails the test instead of hanging it.
/// </summary>
internal sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket socket = new();
    private readonly byte[] buffer = new byte[64 * 1024];

    private GraphQLWebSocketClient()
    {
    }

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public string? CloseDescription => socket.CloseStatusDescription;

    public static Uri EndpointOf(WebApplicationFactory<Program> host)
    {
        using var http = host.CreateClient();
        return new UriBuilder(new Uri(http.BaseAddress!, "/graphql")) { Scheme = "ws" }.Uri;
    }

    public static async Task<GraphQLWebSocketClient> ConnectAsync(WebApplicationFactory<Program> host, string subProtocol = "graphql-transport-ws")
    {
        var client = new GraphQLWebSocketClient();
        client.socket.Options.AddSubProtocol(subProtocol);
        using var timeout = Timeout();
        await client.socket.ConnectAsync(EndpointOf(host), timeout.Token);
        return client;
    }

    /// <summary>Connects, sends <c>connection_init</c> and waits for the acknowledgement.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAndInitAsync(WebApplicationFactory<Program> host, string? organizationId = null)
    {
        var client = await ConnectAsync(host);
        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = organizationId is null ? TestKeys.For(host) : TestKeys.For(host, organizationId) } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = Timeout();
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>Sends <c>subscribe</c>, then a ping, and waits for the pong: the server handles messages in order, so the stream is open after it.</summary>
    public async Task SubscribeAsync(string id, string query, object? variables = null)
    {
        await SendAsync(new { id, type = "subscribe", payload = new { query, variables } });
        await PingPongAsync();
    }

    public async Task PingPongAsync()
    {
        await SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync()).GetProperty("type").GetString());
    }

    /// <summary>Sends a ping and returns every message that arrives before the pong.</summary>
    public async Task<IReadOnlyList<JsonElement>> ReceiveUntilPongAsync()
    {
        await SendAsync(new { type = "ping" });
        var messages = new List<JsonElement>();
        for (var message = await ReceiveAsync(); message.GetProperty("type").GetString() != "pong"; message = await ReceiveAsync())
        {
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Receives the next message; fails if the socket closes or nothing arrives in time.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var text = await ReceiveTextAsync();
        Assert.True(text is not null, $"The server closed the socket ({socket.CloseStatus} {socket.CloseStatusDescription}) instead of sending a message.");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Receives messages until the server closes the socket; returns the close code.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (await ReceiveTextAsync() is not null)
        {
        }

        return (int)socket.CloseStatus!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = Timeout();
            try
            {
                // Answers the server's close frame too, completing the handshake.
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The test is over either way.
            }
        }

        socket.Dispose();
    }

    private static CancellationTokenSource Timeout()
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        return timeout;
    }

    private async Task<string?> ReceiveTextAsync()
    {
        using var timeout = Timeout();
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
