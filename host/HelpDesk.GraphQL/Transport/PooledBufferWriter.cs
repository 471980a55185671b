using System.Buffers;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// Bytes gathered in memory rented from the shared pool, growing by renting larger arrays; the last one goes back when
/// disposed. Past a megabyte the arrays are the body's own, so one very large body does not leave the pool holding its
/// size for good.
/// </summary>
/// <param name="firstBytes">The size of the first array.</param>
/// <param name="largestBytes">No array grows past this unless a single write needs it.</param>
internal sealed class PooledBufferWriter(int firstBytes, int largestBytes = int.MaxValue) : IBufferWriter<byte>, IDisposable
{
    private const int LargestPooled = 1024 * 1024;

    private byte[] buffer = Rent(firstBytes);

    /// <summary>Gets how many bytes have been written.</summary>
    public int WrittenCount { get; private set; }

    /// <summary>Gets the bytes written.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, WrittenCount);

    /// <summary>Gets the bytes written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, WrittenCount);

    /// <inheritdoc/>
    public void Advance(int count) => WrittenCount += count;

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(WrittenCount);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(WrittenCount);
    }

    /// <inheritdoc/>
    public void Dispose() => Release(buffer);

    private static byte[] Rent(int size) => size > LargestPooled ? GC.AllocateUninitializedArray<byte>(size) : ArrayPool<byte>.Shared.Rent(size);

    private static void Release(byte[] array)
    {
        if (array.Length <= LargestPooled)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = WrittenCount + Math.Max(sizeHint, 1);
        if (needed > buffer.Length)
        {
            var larger = Rent(Math.Max(needed, (int)Math.Min(2L * buffer.Length, largestBytes)));
            buffer.AsSpan(0, WrittenCount).CopyTo(larger);
            Release(buffer);
            buffer = larger;
        }
    }
}
