using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace HelpDesk.Host.Tests.Fuzzing;

/// <summary>
/// Hundreds of seeded bad <c>graphql-transport-ws</c> conversations on the host's real port: each socket either
/// answers (errors with catalogued codes, a pong) or closes with one of the protocol's close codes – never hangs or
/// drops the connection without a close frame – and afterwards a normal subscription still works.
/// </summary>
public sealed class HostileWebSocketTests
{
    private const int Seed = 612;
    private const int MaxMessageBytes = 16 * 1024;
    private static readonly int[] ProtocolCloseCodes = [1000, 1009, 4400, 4401, 4403, 4409, 4429];

    [Fact]
    public async Task Hundreds_of_bad_socket_conversations_end_in_protocol_answers_and_the_host_serves_on()
    {
        await using var host = new ConfiguredHostFactory(new()
        {
            ["HelpDesk:RateLimit:PermitsPerWindow"] = "0",
            ["HelpDesk:GraphQL:MaxRequestBytes"] = MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var key = TestKeys.For(host);
        var endpoint = GraphQLWebSocketClient.EndpointOf(host);
        var conversations = new HostileFrameGenerator(Seed, MaxMessageBytes).Generate(400, key).ToList();
        var problems = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken }, async (conversation, ct) =>
        {
            var problem = await ConverseAsync(endpoint, key, conversation.Initialise, conversation.Frames, ct);
            var failed = problem is not null && (problem.StartsWith("the connection broke", StringComparison.Ordinal) || problem.StartsWith("closed with 1007", StringComparison.Ordinal));
            if (problem is not null && !(failed && conversation.Frames.Any(f => f.FailsConnection)))
            {
                problems.Add($"{problem} after init={conversation.Initialise} {string.Join(" | ", conversation.Frames)}");
            }
        });

        Assert.True(problems.IsEmpty, $"{problems.Count} of {conversations.Count} conversations (seed {Seed}) went wrong:\n" + string.Join("\n", problems.Take(15)));
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host);
        await client.SubscribeAsync("after", "subscription { ticketEvents { type } }");
        await new GraphQLClient(host.CreateClient(), key).OpenTicketAsync("Still serving");
        Assert.Equal("ticket.opened", (await client.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("ticketEvents").GetProperty("type").GetString());
    }

    private static async Task<string?> ConverseAsync(Uri endpoint, string key, bool initialise, IReadOnlyList<HostileFrame> frames, CancellationToken ct)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            await socket.ConnectAsync(endpoint, patience.Token);
            var all = initialise ? [new HostileFrame(WebSocketMessageType.Text, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type = "connection_init", payload = new { apiKey = key } }))), .. frames] : frames;
            foreach (var frame in all)
            {
                await socket.SendAsync(frame.Data, frame.Type, endOfMessage: true, patience.Token);
            }

            await socket.SendAsync("{\"type\":\"ping\"}"u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, patience.Token);
            return await ReadUntilPongOrCloseAsync(socket, patience.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return "no pong and no close within 15 seconds";
        }
        catch (WebSocketException) when (socket.CloseStatus is { } status)
        {
            // The server closed while frames were still being sent: its close code is what counts.
            return ProtocolCloseCodes.Contains((int)status) ? null : $"closed with {(int)status} {socket.CloseStatusDescription}";
        }
        catch (WebSocketException e)
        {
            return $"the connection broke without a close frame ({e.Message})";
        }
    }

    private static async Task<string?> ReadUntilPongOrCloseAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                var code = (int)socket.CloseStatus!.Value;
                return ProtocolCloseCodes.Contains(code) ? null : $"closed with {code} {socket.CloseStatusDescription}";
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.ToArray());
            message.SetLength(0);
            if (Problem(text) is { } problem)
            {
                return problem;
            }

            if (text.Contains("\"pong\"", StringComparison.Ordinal))
            {
                return null;
            }
        }
    }

    private static string? Problem(string text)
    {
        if (SaneAnswer.Problem(System.Net.HttpStatusCode.OK, text) is { } shape && shape.StartsWith("the body shows internals", StringComparison.Ordinal))
        {
            return shape + ": " + text;
        }

        var root = JsonDocument.Parse(text).RootElement;
        return root.GetProperty("type").GetString() switch
        {
            "error" => SaneAnswer.ErrorsProblem(JsonDocument.Parse("{\"errors\":" + root.GetProperty("payload").GetRawText() + "}").RootElement) is { } e ? e + ": " + text : null,
            "next" => SaneAnswer.ErrorsProblem(root.GetProperty("payload")) is { } p ? p + ": " + text : null,
            _ => null,
        };
    }
}
