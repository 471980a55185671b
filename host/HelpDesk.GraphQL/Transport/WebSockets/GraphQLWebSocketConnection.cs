using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using HelpDesk.Engine.Access;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>
/// One accepted <c>graphql-transport-ws</c> socket: reads messages in order, acknowledges the connection
/// once the caller resolver accepts it, runs operations and closes with the protocol's codes.
/// </summary>
internal sealed class GraphQLWebSocketConnection
{
    private readonly HttpContext context;
    private readonly WebSocket socket;
    private readonly GraphQLWebSocketEndpoint endpoint;
    private readonly WebSocketWriter writer;
    private readonly ConcurrentDictionary<string, SocketOperation> operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource ended = new();
    private int initReceived;
    private Caller? caller;

    public GraphQLWebSocketConnection(HttpContext context, WebSocket socket, GraphQLWebSocketEndpoint endpoint)
    {
        this.context = context;
        this.socket = socket;
        this.endpoint = endpoint;
        writer = new WebSocketWriter(socket);
    }

    public ILogger Logger => endpoint.Logger;

    /// <summary>Serves the socket until either side closes it.</summary>
    /// <param name="stopping">Signals that the host is shutting down; the socket is then closed with 1001 (going away).</param>
    /// <returns>A task that completes when the socket is closed.</returns>
    public async Task RunAsync(CancellationToken stopping)
    {
        var sending = writer.RunAsync();
        using var shutdown = stopping.Register(() => writer.Close(ProtocolCloseCodes.GoingAway, "The server is shutting down"));
        _ = CloseIfNotInitialisedAsync(endpoint.Options.ConnectionInitTimeout);
        try
        {
            await ReceiveAsync();
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or ConnectionAbortedException)
        {
            Logger.LogDebug(e, "GraphQL WebSocket connection ended abruptly");
        }
        finally
        {
            await ended.CancelAsync();
            foreach (var operation in operations.Values)
            {
                operation.Stop();
            }

            writer.Complete();
            await sending;
        }
    }

    /// <summary>Sends an operation's result as a <c>next</c> message.</summary>
    public void SendResult(string id, string type, ExecutionResult result) =>
        writer.Send(Encoding.UTF8.GetBytes(endpoint.Serializer.Serialize(new { id, type, payload = result })));

    /// <summary>Sends the <c>error</c> message for an operation that could not be executed.</summary>
    public void SendErrors(string id, ExecutionErrors errors) =>
        writer.Send(Encoding.UTF8.GetBytes(endpoint.Serializer.Serialize(new { id, type = ProtocolMessageTypes.Error, payload = errors })));

    /// <summary>Tells the client an operation has ended.</summary>
    public void SendComplete(string id) =>
        writer.Send(JsonSerializer.SerializeToUtf8Bytes(new { id, type = ProtocolMessageTypes.Complete }));

    /// <summary>Forgets an ended operation, so its id may be used again.</summary>
    public void Forget(SocketOperation operation) => operations.TryRemove(new KeyValuePair<string, SocketOperation>(operation.Id, operation));

    private async Task ReceiveAsync()
    {
        var reader = new WebSocketMessageReader(socket, endpoint.Options.MaxRequestBytes);
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var (type, data, tooLarge) = await reader.ReadAsync();
            if (type == WebSocketMessageType.Close)
            {
                // Answer the client's close (or finish our own close handshake) and stop.
                writer.Close((int?)socket.CloseStatus ?? ProtocolCloseCodes.Normal, "");
                return;
            }

            if (writer.IsClosing)
            {
                // Closing: what the client still sends is read only to reach its close frame.
                continue;
            }

            if (tooLarge)
            {
                writer.Close(ProtocolCloseCodes.MessageTooBig, $"Message larger than {endpoint.Options.MaxRequestBytes} bytes");
            }
            else if (type != WebSocketMessageType.Text)
            {
                writer.Close(ProtocolCloseCodes.BadRequest, "Invalid message: binary frames are not supported");
            }
            else
            {
                var (message, error) = ClientMessageParser.Parse(data);
                if (message is null)
                {
                    writer.Close(ProtocolCloseCodes.BadRequest, error!);
                }
                else
                {
                    await HandleAsync(message);
                }
            }
        }
    }

    private async Task HandleAsync(ClientMessage message)
    {
        switch (message.Type)
        {
            case ProtocolMessageTypes.ConnectionInit:
                await InitialiseAsync(message);
                break;
            case ProtocolMessageTypes.Ping:
                writer.Send(JsonSerializer.SerializeToUtf8Bytes(new { type = ProtocolMessageTypes.Pong }));
                break;
            case ProtocolMessageTypes.Pong:
                break;
            case ProtocolMessageTypes.Subscribe:
                await SubscribeAsync(message);
                break;
            case ProtocolMessageTypes.Complete:
                if (operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Stop();
                }

                break;
        }
    }

    private async Task InitialiseAsync(ClientMessage message)
    {
        if (Interlocked.Exchange(ref initReceived, 1) == 1)
        {
            writer.Close(ProtocolCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var payload = message.Payload is { } json ? endpoint.Serializer.ReadNode<global::GraphQL.Inputs>(json) : null;
        caller = await endpoint.Callers.ResolveAsync(context, payload ?? global::GraphQL.Inputs.Empty);
        if (caller is null)
        {
            writer.Close(ProtocolCloseCodes.Forbidden, "Forbidden");
            return;
        }

        writer.Send(JsonSerializer.SerializeToUtf8Bytes(new { type = ProtocolMessageTypes.ConnectionAck }));
    }

    private async Task SubscribeAsync(ClientMessage message)
    {
        if (caller is not { } acknowledged)
        {
            writer.Close(ProtocolCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var id = message.Id!;
        var operation = new SocketOperation(id, this, ended.Token);
        if (!operations.TryAdd(id, operation))
        {
            writer.Close(ProtocolCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        var payload = message.Payload!.Value;
        var request = new GraphQLRequest
        {
            Query = payload.GetProperty("query").GetString(),
            OperationName = payload.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
            Variables = ReadObject(payload, "variables"),
            Extensions = ReadObject(payload, "extensions"),
        };
        operation.Start(endpoint.Executer, request, acknowledged, context.RequestServices);

        // Waiting here keeps the protocol ordered: once a later message is answered, this subscription is live.
        await operation.Started;
    }

    private global::GraphQL.Inputs? ReadObject(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? endpoint.Serializer.ReadNode<global::GraphQL.Inputs>(value) : null;

    private async Task CloseIfNotInitialisedAsync(TimeSpan timeout)
    {
        try
        {
            await Task.Delay(timeout, ended.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref initReceived) == 0)
        {
            writer.Close(ProtocolCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }
}
