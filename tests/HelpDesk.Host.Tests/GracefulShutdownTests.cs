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

    [Fact]
    public async Task Sigterm_lets_a_request_in_flight_finish_and_its_ticket_is_there_after_a_restart()
    {
        using var directory = new TemporaryDirectory();
        directory.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "HelpDesk.TestPlugins.Good"), Path.Combine("plugins", "good"));
        directory.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "HelpDesk.TestPlugins.Hanging"), Path.Combine("plugins", "hanging"));
        // The hanging plugin holds every openTicket for the 3 s time limit: long enough to stop the host in the middle of one.
        string[] settings = ["--HelpDesk:PluginCallTimeout", "00:00:03", "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information"];
        var ticket = default(System.Text.Json.JsonElement);
        await using (var host = await HostProcess.StartAsync(directory.Combine("helpdesk.db"), directory.Combine("plugins"), settings))
        {
            var opening = host.GraphQL().OpenTicketAsync("Opened while the host stops");
            await Eventually.FoundAsync(() => host.Output.FirstOrDefault(line => line.Contains("Request starting HTTP/1.1 POST", StringComparison.Ordinal)), 15, () => "The host never started the request.");

            await host.StopGracefullyAsync();
            ticket = await opening;

            Assert.Equal(0, host.ExitCode);
        }

        await using var restarted = await HostProcess.StartAsync(directory.Combine("helpdesk.db"), directory.Combine("plugins"));
        var stored = await restarted.GraphQL().PostAsync("query($id: ID!) { ticket(id: $id) { subject } }", new { id = ticket.GetProperty("id").GetString() });
        Assert.Equal("Opened while the host stops", stored.Path("ticket", "subject").GetString());
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);
}
