using System.Buffers;
using System.Net.WebSockets;

namespace HelpDesk.GraphQL.Transport.WebSockets;

/// <summary>Reads whole WebSocket messages, frame by frame, into one reused buffer, stopping at a size limit.</summary>
/// <param name="socket">The socket to read.</param>
/// <param name="maxBytes">The largest message accepted.</param>
internal sealed class WebSocketMessageReader(WebSocket socket, int maxBytes)
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);

    /// <summary>Reads the next message.</summary>
    /// <returns>
    /// The message type and text; <c>TooLarge</c> as soon as the message passes the limit (the rest of it is
    /// left unread, since the connection is closed next).
    /// </returns>
    public async Task<(WebSocketMessageType Type, ReadOnlyMemory<byte> Data, bool TooLarge)> ReadAsync()
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            // No cancellation token: cancelling a receive aborts the socket, and closing is done with a close handshake instead.
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None);
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > maxBytes)
            {
                return (result.MessageType, default, true);
            }

            if (result.EndOfMessage || result.MessageType == WebSocketMessageType.Close)
            {
                return (result.MessageType, buffer.WrittenMemory, false);
            }
        }
    }
}
