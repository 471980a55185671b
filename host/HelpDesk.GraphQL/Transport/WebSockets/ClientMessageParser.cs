using System.Text.Json;

namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>Checks a text frame against the shapes the <c>graphql-transport-ws</c> protocol allows a client to send.</summary>
internal static class ClientMessageParser
{
    /// <summary>Parses and checks one message.</summary>
    /// <param name="utf8">The frame's text.</param>
    /// <returns>The message, or why it is invalid (a close reason for 4400).</returns>
    public static (ClientMessage? Message, string? Error) Parse(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            return (null, "Invalid message: not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "Invalid message: not a JSON object");
            }

            if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                return (null, "Invalid message: 'type' must be a string");
            }

            var type = typeElement.GetString()!;
            var payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : (JsonElement?)null;
            var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            var error = type switch
            {
                ProtocolMessageTypes.ConnectionInit or ProtocolMessageTypes.Ping or ProtocolMessageTypes.Pong =>
                    payload is { ValueKind: not JsonValueKind.Object } ? $"Invalid message: the '{type}' payload must be an object" : null,
                ProtocolMessageTypes.Subscribe => CheckId(id, type) ?? CheckSubscribePayload(payload),
                ProtocolMessageTypes.Complete => CheckId(id, type),
                _ => "Invalid message: unexpected type",
            };
            return error is null ? (new ClientMessage(type, id, payload), null) : (null, error);
        }
    }

    private static string? CheckId(string? id, string type) =>
        string.IsNullOrEmpty(id) ? $"Invalid message: '{type}' needs a non-empty string 'id'" : null;

    private static string? CheckSubscribePayload(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return "Invalid message: the 'subscribe' payload must be an object";
        }

        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return "Invalid message: the 'subscribe' payload needs a string 'query'";
        }

        return IsNullOr(body, "operationName", JsonValueKind.String)
            && IsNullOr(body, "variables", JsonValueKind.Object)
            && IsNullOr(body, "extensions", JsonValueKind.Object)
            ? null
            : "Invalid message: 'operationName' must be a string, 'variables' and 'extensions' objects";
    }

    private static bool IsNullOr(JsonElement body, string name, JsonValueKind kind) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null || value.ValueKind == kind;
}
