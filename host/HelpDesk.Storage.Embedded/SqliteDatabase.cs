using System.Runtime.CompilerServices;
using HelpDesk.Engine.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// The one SQLite file behind every embedded port: hands out pooled connections set up for
/// durability, and lets one write transaction run at a time.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    // Enough for every request thread of a busy two-core host to find one; more concurrent calls open their own.
    private const int IdleCapacity = 32;

    // synchronous=FULL makes every commit fsync the WAL, so an acknowledged write survives a SIGKILL or power cut.
    // busy_timeout covers a second process (a backup tool, a second host) holding the write lock for a moment.
    private const string ConnectionPragmas = "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";

    private readonly string connectionString;
    private readonly IdleConnections idle = new(IdleCapacity);

    // SQLite has a single writer; queueing writers here keeps them from spinning on SQLITE_BUSY.
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private volatile bool folderReady;

    public SqliteDatabase(IOptions<EmbeddedStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FilePath = System.IO.Path.GetFullPath(options.Value.Path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Gets the absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Opens a connection of the caller's own, with the store's pragmas applied. A caller that ran
    /// <see cref="SqliteCommandExtensions.Prepared"/> on it closes it with <see cref="PreparedCommands.Close"/>.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        EnsureFolder();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(ConnectionPragmas, cancellationToken);
            return connection;
        }
        catch (SqliteException exception)
        {
            await connection.DisposeAsync();
            throw CannotOpen(exception);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in an immediate (write-locked) transaction and commits it.</summary>
    public Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work,
        CancellationToken cancellationToken,
        [CallerMemberName] string caller = "",
        [CallerFilePath] string callerFile = "") =>
        StoreCallTelemetry.Enabled ? TimedAsync(() => WriteLockedAsync(work, cancellationToken), caller, callerFile) : WriteLockedAsync(work, cancellationToken);

    /// <summary>Runs <paramref name="work"/> on a connection of its own; readers never wait for the writer in WAL mode.</summary>
    public Task<T> ReadAsync<T>(
        Func<SqliteConnection, Task<T>> work,
        CancellationToken cancellationToken,
        [CallerMemberName] string caller = "",
        [CallerFilePath] string callerFile = "") =>
        StoreCallTelemetry.Enabled ? TimedAsync(() => WithConnectionAsync(work, cancellationToken), caller, callerFile) : WithConnectionAsync(work, cancellationToken);

    private async Task<T> WriteLockedAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            return await WithConnectionAsync(
                async connection =>
                {
                    // BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a lock upgrade.
                    await using var transaction = connection.BeginTransaction(deferred: false);
                    var result = await work(connection, transaction);
                    await transaction.CommitAsync(cancellationToken);
                    return result;
                },
                cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }

    // A connection goes back to the idle ones only after its call finished well: one that failed (a broken
    // transaction, a reader left behind) is closed with the statements it kept.
    private async Task<T> WithConnectionAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = idle.TryTake(out var kept) ? kept : await OpenAsync(cancellationToken);
        T result;
        try
        {
            result = await work(connection);
        }
        catch
        {
            CloseQuietly(connection);
            throw;
        }

        idle.Return(connection);
        return result;
    }

    // The call's own failure is what the caller must see, not one from closing its connection afterwards.
    private static void CloseQuietly(SqliteConnection connection)
    {
        try
        {
            PreparedCommands.Close(connection);
        }
        catch (Exception exception) when (exception is SqliteException or InvalidOperationException)
        {
        }
    }

    // Only while something listens. "SqliteTicketStore.Writes.cs" + "OpenAsync" is reported as "SqliteTicketStore.OpenAsync".
    private static async Task<T> TimedAsync<T>(Func<Task<T>> call, string caller, string callerFile)
    {
        var type = System.IO.Path.GetFileName(callerFile.Replace('\\', '/')).Split('.')[0];
        var timing = StoreCallTelemetry.Start("embedded", $"{type}.{caller}");
        try
        {
            var result = await call();
            timing.Finish();
            return result;
        }
        catch (Exception failure)
        {
            timing.Finish(failure);
            throw;
        }
    }

    public void Dispose()
    {
        // Closes the kept and the pooled handles so the file is released when the host (or a test) lets go of the store.
        idle.Dispose();
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        writeGate.Dispose();
    }

    private void EnsureFolder()
    {
        if (folderReady)
        {
            return;
        }

        try
        {
            var folder = System.IO.Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            folderReady = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw CannotOpen(exception);
        }
    }

    private InvalidOperationException CannotOpen(Exception cause) => new(
        $"The embedded store cannot open its database file '{FilePath}': {cause.Message} " +
        $"Set {EmbeddedStoreOptions.Section}:Path to a file in a folder the host may write to.",
        cause);
}
