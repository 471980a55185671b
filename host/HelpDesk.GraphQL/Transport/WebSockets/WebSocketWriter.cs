using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>
/// Sends a connection's messages one at a time and in the order they were queued, whichever thread queues
/// them (the receive loop, subscription streams, timers), and ends with at most one close frame.
/// </summary>
internal sealed class WebSocketWriter
{
    /// <summary>How many messages may wait for a slow client before it is cut off.</summary>
    public const int Capacity = 1_000;

    /// <summary>How long the client has to answer a close frame before the socket is aborted.</summary>
    public static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly WebSocket socket;
    private readonly Channel<(byte[]? Message, int CloseCode, string? Reason)> queue =
        Channel.CreateBounded<(byte[]?, int, string?)>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    private int closing;

    public WebSocketWriter(WebSocket socket)
    {
        this.socket = socket;
    }

    /// <summary>Gets whether the connection is being closed; nothing more is sent or handled.</summary>
    public bool IsClosing => Volatile.Read(ref closing) == 1;

    /// <summary>Queues a message; ignored once closing.</summary>
    /// <param name="utf8Json">The message's JSON text.</param>
    public void Send(byte[] utf8Json)
    {
        if (!IsClosing && !queue.Writer.TryWrite((utf8Json, 0, null)))
        {
            // Buffering without bound would let one slow client exhaust the host's memory.
            Close(ProtocolCloseCodes.PolicyViolation, "The client read messages too slowly");
        }
    }

    /// <summary>Queues the close frame after what is already queued; only the first close counts.</summary>
    /// <param name="code">The close code.</param>
    /// <param name="reason">The reason, cut to the 123 bytes a close frame allows.</param>
    public void Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref closing, 1) == 1)
        {
            return;
        }

        if (!queue.Writer.TryWrite((null, code, Truncate(reason))))
        {
            socket.Abort();
        }

        queue.Writer.TryComplete();
    }

    /// <summary>Stops sending once what is queued has gone out (the client closed, or the connection ended).</summary>
    public void Complete() => queue.Writer.TryComplete();

    /// <summary>Sends queued messages until the queue is completed or the socket fails.</summary>
    /// <returns>A task that completes when nothing more will be sent.</returns>
    public async Task RunAsync()
    {
        try
        {
            await foreach (var (message, code, reason) in queue.Reader.ReadAllAsync())
            {
                if (message is not null)
                {
                    if (socket.State == WebSocketState.Open)
                    {
                        await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                    }

                    continue;
                }

                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
                    AbortIfNotClosedAfter(CloseHandshakeTimeout);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; the receive loop notices and ends the connection.
            socket.Abort();
        }
    }

    private void AbortIfNotClosedAfter(TimeSpan timeout) =>
        _ = Task.Delay(timeout).ContinueWith(
            _ =>
            {
                if (socket.State != WebSocketState.Closed)
                {
                    socket.Abort();
                }
            },
            TaskScheduler.Default);

    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var cut = reason[..Math.Min(reason.Length, 120)];
        while (Encoding.UTF8.GetByteCount(cut) > 120)
        {
            cut = cut[..^1];
        }

        return cut + "...";
    }
}
