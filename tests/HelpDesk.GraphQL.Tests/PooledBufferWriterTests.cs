using System.Buffers;
using System.Runtime.InteropServices;
using HelpDesk.GraphQL.Transport;

namespace HelpDesk.GraphQL.Tests;

/// <summary>Bodies gathered in pooled memory: small arrays go back to the pool, large ones do not, growth stops at the cap.</summary>
public sealed class PooledBufferWriterTests
{
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public void A_small_body_hands_its_array_back_to_the_shared_pool()
    {
        var array = ArrayAfterWriting(10);

        Assert.Same(array, ArrayPool<byte>.Shared.Rent(array.Length));
    }

    [Fact]
    public void A_body_past_a_megabyte_keeps_its_array_out_of_the_shared_pool()
    {
        var array = ArrayAfterWriting(3 * Megabyte);

        Assert.NotSame(array, ArrayPool<byte>.Shared.Rent(array.Length));
    }

    [Fact]
    public void Growth_stops_at_the_largest_size_asked_for_and_keeps_every_byte()
    {
        var largest = Megabyte + (Megabyte / 2);
        var data = Enumerable.Range(0, Megabyte + 1000).Select(i => (byte)i).ToArray();
        using var body = new PooledBufferWriter(Megabyte, largest);

        foreach (var piece in data.Chunk(4096))
        {
            piece.CopyTo(body.GetSpan(piece.Length));
            body.Advance(piece.Length);
        }

        Assert.True(MemoryMarshal.TryGetArray(body.WrittenMemory, out var written));
        Assert.Equal(largest, written.Array!.Length);
        Assert.True(body.WrittenSpan.SequenceEqual(data));
    }

    private static byte[] ArrayAfterWriting(int bytes)
    {
        var body = new PooledBufferWriter(1024);
        body.GetSpan(bytes)[..bytes].Fill((byte)'x');
        body.Advance(bytes);
        Assert.True(MemoryMarshal.TryGetArray(body.WrittenMemory, out var written));
        body.Dispose();
        return written.Array!;
    }
}
