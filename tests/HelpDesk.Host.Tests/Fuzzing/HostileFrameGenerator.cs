using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace HelpDesk.Host.Tests.Fuzzing;

/// <summary>One frame a hostile WebSocket client sends.</summary>
/// <param name="Type">Text or binary.</param>
/// <param name="Data">The frame's bytes.</param>
internal sealed record HostileFrame(WebSocketMessageType Type, byte[] Data)
{
    /// <summary>
    /// A text frame that is not UTF-8: RFC 6455 (8.1) has the server fail the connection – close code 1007 at most,
    /// possibly without waiting for the close handshake.
    /// </summary>
    public bool FailsConnection => Type == WebSocketMessageType.Text && !IsUtf8(Data);

    private static bool IsUtf8(byte[] data)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Data);
        return $"{Type}:{(text.Length > 120 ? text[..120] + $"… ({text.Length})" : text)}";
    }
}

/// <summary>A deterministic, seeded generator of bad <c>graphql-transport-ws</c> conversations: junk frames before and after <c>connection_init</c>.</summary>
internal sealed class HostileFrameGenerator(int seed, int maxMessageBytes)
{
    private readonly Random random = new(seed);

    /// <summary>Conversations: whether to initialise properly first, then the frames to send.</summary>
    public IEnumerable<(bool Initialise, IReadOnlyList<HostileFrame> Frames)> Generate(int count, string apiKey)
    {
        for (var i = 0; i < count; i++)
        {
            var frames = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Frame(apiKey)).ToList();
            yield return (random.Next(3) > 0, frames);
        }
    }

    private HostileFrame Frame(string apiKey)
    {
        return random.Next(14) switch
        {
            0 => Text("not json at all {"),
            1 => Text(Pick("[]", "42", "null", "\"subscribe\"", "{}", "{\"type\":5}", "{\"type\":\"unknown\"}", "{\"type\":null}")),
            2 => new HostileFrame(WebSocketMessageType.Binary, Bytes(random.Next(1, 200))),
            3 => new HostileFrame(WebSocketMessageType.Text, [.. "{\"type\":\""u8, 0xFF, 0xFE, .. "\"}"u8]),
            4 => Text("{\"type\":\"subscribe\",\"payload\":" + new string('[', random.Next(10, 3000)) + "}"),
            5 => Text(new string('x', maxMessageBytes + random.Next(1, 5000))),
            6 => Json(new { type = "subscribe", payload = new { query = "subscription { ticketEvents { type } }" } }),
            7 => Json(new { type = "subscribe", id = "s" + random.Next(3), payload = Pick<object?>("x", 1, null, new { }, new { query = 5 }, new { query = "{x}", variables = "v" }) }),
            8 => Json(new { type = "subscribe", id = "q" + random.Next(3), payload = new { query = Pick("{ nope }", "subscription { nope }", "{ organization { name } }", "subscription { ticketEvents(ticketId: 5) { type } }", "subscription { ticketEvents { type } reminders { agentId } }", "{{{{") } }),
            9 => Json(new { type = "connection_init", payload = Pick<object?>(new { apiKey }, new { apiKey = "hd_bogus" }, "text", 7, new { apiKey = 5 }) }),
            10 => Json(new { type = "complete", id = Pick<object?>("s0", "", null, 3) }),
            11 => Json(new { type = Pick("ping", "pong"), payload = Pick<object?>(null, new { }, "x", 3) }),
            12 => Json(new { type = "subscribe", id = new string('i', random.Next(1, 5000)), payload = new { query = "subscription { queueChanged { position } }" } }),
            _ => Json(new { type = "subscribe", id = "v", payload = new { query = "subscription($t: ID) { ticketEvents(ticketId: $t) { type } }", variables = new { t = Pick<object?>(new[] { 1 }, new { a = 1 }, 1e300, true) } } }),
        };
    }

    private HostileFrame Text(string text) => new(WebSocketMessageType.Text, Encoding.UTF8.GetBytes(text));

    private HostileFrame Json(object value) => Text(JsonSerializer.Serialize(value));

    private T Pick<T>(params T[] options) => options[random.Next(options.Length)];

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
