using System.Net.WebSockets;
using System.Text;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>The host as its own process gets SIGTERM: open subscriptions are closed with 1001 (going away) and the process exits cleanly.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Sigterm_closes_open_subscriptions_with_going_away_and_the_process_exits()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.Combine("plugins"));
        await using var host = await HostProcess.StartAsync(directory.Combine("helpdesk.db"), directory.Combine("plugins"));
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        var ct = TestContext.Current.CancellationToken;
        await socket.ConnectAsync(new UriBuilder(new Uri(host.Address, "/graphql")) { Scheme = "ws" }.Uri, ct);
        await SendAsync(socket, "{\"type\":\"connection_init\",\"payload\":{\"apiKey\":\"" + HostProcess.AdminKey + "\"}}");
        await SendAsync(socket, "{\"id\":\"s\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { ticketEvents { type } }\"}}");
        var buffer = new byte[4096];
        Assert.Contains("connection_ack", Encoding.UTF8.GetString(buffer, 0, (await socket.ReceiveAsync(buffer, ct)).Count), StringComparison.Ordinal);

        var stopping = host.StopGracefullyAsync();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(TimeSpan.FromSeconds(15));
        while ((await socket.ReceiveAsync(buffer, patience.Token)).MessageType != WebSocketMessageType.Close)
        {
        }

        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", ct);
        Assert.Equal((WebSocketCloseStatus)1001, socket.CloseStatus);
        await stopping;
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);
}
