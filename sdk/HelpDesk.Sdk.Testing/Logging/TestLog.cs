using Microsoft.Extensions.Logging;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// A logger factory that keeps every entry in memory so a test can assert on what a plugin logged.
/// Every logger it creates writes to the same list, in the order the entries were written.
/// </summary>
public sealed class TestLog : ILoggerFactory
{
    private readonly Lock gate = new();
    private readonly List<LogEntry> entries = [];

    /// <summary>Gets the entries written so far, oldest first.</summary>
    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    /// <summary>Gets the formatted messages written so far, oldest first.</summary>
    public IReadOnlyList<string> Messages => [.. Entries.Select(e => e.Message)];

    /// <summary>Finds the entries of at least a level.</summary>
    /// <param name="minimum">The lowest level to include, for example <see cref="LogLevel.Warning"/>.</param>
    /// <returns>The matching entries, oldest first.</returns>
    public IReadOnlyList<LogEntry> AtLeast(LogLevel minimum) => [.. Entries.Where(e => e.Level >= minimum)];

    /// <summary>Forgets every entry written so far.</summary>
    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    /// <summary>Creates a logger that writes to this log.</summary>
    /// <param name="categoryName">The logger's category.</param>
    /// <returns>The logger.</returns>
    public ILogger CreateLogger(string categoryName)
    {
        ArgumentNullException.ThrowIfNull(categoryName);
        return new RecordingLogger(categoryName, this);
    }

    /// <summary>Not supported: a test log records entries itself and has no providers.</summary>
    /// <param name="provider">The provider.</param>
    /// <exception cref="NotSupportedException">Always.</exception>
    public void AddProvider(ILoggerProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        throw new NotSupportedException("A TestLog records entries itself; it does not forward to logger providers.");
    }

    /// <summary>Does nothing: the entries stay readable after disposal.</summary>
    public void Dispose()
    {
    }

    internal void Add(LogEntry entry)
    {
        lock (gate)
        {
            entries.Add(entry);
        }
    }
}
