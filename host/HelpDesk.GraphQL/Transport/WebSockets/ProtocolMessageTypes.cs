namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>The message types of the <c>graphql-transport-ws</c> protocol.</summary>
internal static class ProtocolMessageTypes
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
