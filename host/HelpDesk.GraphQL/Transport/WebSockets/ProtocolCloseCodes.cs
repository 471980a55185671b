namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>The close codes the server ends a socket with: the <c>graphql-transport-ws</c> ones and the WebSocket ones it uses.</summary>
internal static class ProtocolCloseCodes
{
    /// <summary>A normal closure: the answer to a client's close.</summary>
    public const int Normal = 1000;

    /// <summary>The server is going away (shutting down): reconnect, to this or another instance.</summary>
    public const int GoingAway = 1001;

    /// <summary>The client did not read what it asked for fast enough.</summary>
    public const int PolicyViolation = 1008;

    /// <summary>A message was larger than <c>HelpDesk:GraphQL:MaxRequestBytes</c>.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>A message was not valid JSON or not a message of the protocol.</summary>
    public const int BadRequest = 4400;

    /// <summary>An operation arrived before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The caller resolver refused the <c>connection_init</c>.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client asked for no sub-protocol this server speaks.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> arrived within <c>HelpDesk:GraphQL:ConnectionInitTimeout</c>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> reused the id of an operation that is still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c> arrived.</summary>
    public const int TooManyInitialisationRequests = 4429;
}
