using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// Commands kept prepared on one open connection, by SQL text, for the stores' hottest fixed statements: SQLite
/// compiles the SQL once per connection instead of once per call. Disposing a kept command only clears its
/// parameters; it lives as long as its connection.
/// </summary>
internal sealed class PreparedCommands
{
    // Statements are only kept for SQL written in the stores (no values in it), so a few dozen cover them all.
    private const int Capacity = 64;

    private static readonly ConditionalWeakTable<SqliteConnection, PreparedCommands> ByConnection = new();

    private readonly Dictionary<string, KeptCommand> commands = new(StringComparer.Ordinal);

    /// <summary>A command for <paramref name="sql"/>, prepared already when this connection has run it before.</summary>
    public static SqliteCommand Rent(SqliteConnection connection, string sql, SqliteTransaction? transaction)
    {
        var kept = ByConnection.GetValue(connection, _ => new PreparedCommands());
        KeptCommand? command;
        lock (kept.commands)
        {
            if (!kept.commands.TryGetValue(sql, out command))
            {
                if (kept.commands.Count >= Capacity)
                {
                    return connection.Command(sql, transaction);
                }

                command = new KeptCommand { Connection = connection, CommandText = sql };
                kept.commands.Add(sql, command);
            }
            else if (command.InUse)
            {
                // The same statement twice at once on one connection (a nested read): the second is a plain command.
                return connection.Command(sql, transaction);
            }

            command.InUse = true;
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// Closes <paramref name="connection"/> after finalizing the statements it kept: SQLite only lets go of the
    /// file (and folds the write-ahead log into it) once no statement is left.
    /// </summary>
    public static void Close(SqliteConnection connection)
    {
        if (ByConnection.TryGetValue(connection, out var kept))
        {
            ByConnection.Remove(connection);
            lock (kept.commands)
            {
                foreach (var command in kept.commands.Values)
                {
                    command.Release();
                }

                kept.commands.Clear();
            }
        }

        connection.Dispose();
    }

    private sealed class KeptCommand : SqliteCommand
    {
        private bool released;

        public bool InUse { get; set; }

        public void Release()
        {
            released = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (released)
            {
                base.Dispose(disposing);
                return;
            }

            // Not base.Dispose: that would finalize the prepared statements this class exists to keep.
            Parameters.Clear();
            Transaction = null;
            InUse = false;
        }
    }
}
