using System.Collections.Concurrent;
using System.Data;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// Open connections, pragmas already applied, kept between store calls: taking one costs a bag operation
/// instead of a trip through the driver's pool and three pragma statements. A thread gets back the connection it
/// returned last (its statements and pages still in that core's caches) rather than the one idle longest. Only
/// connections whose call finished well come back; at most <c>capacity</c> wait here, the rest are closed.
/// </summary>
internal sealed class IdleConnections(int capacity) : IDisposable
{
    private readonly ConcurrentBag<SqliteConnection> idle = new();
    private int count;
    private volatile bool disposed;

    public bool TryTake([NotNullWhen(true)] out SqliteConnection? connection)
    {
        if (idle.TryTake(out connection))
        {
            Interlocked.Decrement(ref count);
            return true;
        }

        return false;
    }

    /// <summary>Keeps <paramref name="connection"/> for the next call, or closes it when there is no room.</summary>
    public void Return(SqliteConnection connection)
    {
        if (disposed || connection.State != ConnectionState.Open)
        {
            PreparedCommands.Close(connection);
            return;
        }

        if (Interlocked.Increment(ref count) > capacity)
        {
            Interlocked.Decrement(ref count);
            PreparedCommands.Close(connection);
            return;
        }

        idle.Add(connection);
        if (disposed)
        {
            // Disposal raced with this return: nothing may stay open once the store has let go of the file.
            CloseAll();
        }
    }

    public void Dispose()
    {
        disposed = true;
        CloseAll();
    }

    private void CloseAll()
    {
        while (TryTake(out var connection))
        {
            PreparedCommands.Close(connection);
        }
    }
}
