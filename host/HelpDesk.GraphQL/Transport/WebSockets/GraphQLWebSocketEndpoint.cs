using System.Net.WebSockets;
using GraphQL;
using HelpDesk.GraphQL.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>
/// GraphQL over WebSocket at the GraphQL path, with the <c>graphql-transport-ws</c> protocol: accepts the
/// upgrade and serves the socket until it closes. Sockets asking for another sub-protocol are closed with 4406.
/// </summary>
internal sealed class GraphQLWebSocketEndpoint(
    IDocumentExecuter<HelpDeskSchema> executer,
    IGraphQLTextSerializer serializer,
    ICallerResolver callers,
    IOptions<GraphQLApiOptions> options,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public IDocumentExecuter<HelpDeskSchema> Executer => executer;

    public IGraphQLTextSerializer Serializer => serializer;

    public ICallerResolver Callers => callers;

    public GraphQLApiOptions Options => options.Value;

    public ILogger Logger => logger;

    public async Task HandleAsync(HttpContext context)
    {
        var speaksProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(speaksProtocol ? SubProtocol : null);
        if (!speaksProtocol)
        {
            // The protocol's answer to an unknown sub-protocol: accept, then close with 4406.
            using var timeout = new CancellationTokenSource(WebSocketWriter.CloseHandshakeTimeout);
            try
            {
                await socket.CloseAsync((WebSocketCloseStatus)ProtocolCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
            {
                logger.LogDebug(e, "Client did not complete the close handshake");
            }

            return;
        }

        // Resolved per request rather than injected, so the API's services can be built without a host.
        var lifetime = context.RequestServices.GetRequiredService<IHostApplicationLifetime>();
        await new GraphQLWebSocketConnection(context, socket, this).RunAsync(lifetime.ApplicationStopping);
    }
}
