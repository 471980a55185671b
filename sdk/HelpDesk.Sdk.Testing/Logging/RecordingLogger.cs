using Microsoft.Extensions.Logging;

namespace HelpDesk.Sdk.Testing;

/// <summary>A logger that appends every enabled entry to its <see cref="TestLog"/>.</summary>
internal sealed class RecordingLogger(string category, TestLog log) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            log.Add(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception));
        }
    }
}
