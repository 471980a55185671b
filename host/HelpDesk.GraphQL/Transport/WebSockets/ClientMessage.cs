using System.Text.Json;

namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>A message from the client that passed the protocol's shape checks.</summary>
/// <param name="Type">The message type, one of <see cref="ProtocolMessageTypes"/>.</param>
/// <param name="Id">The operation id (<c>subscribe</c> and <c>complete</c> only).</param>
/// <param name="Payload">The payload object, if the message has one.</param>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload);
