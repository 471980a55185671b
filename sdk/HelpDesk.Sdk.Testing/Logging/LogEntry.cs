using Microsoft.Extensions.Logging;

namespace HelpDesk.Sdk.Testing;

/// <summary>One entry written to a <see cref="TestLog"/>.</summary>
/// <param name="Category">The logger's category (the plugin id for the context's logger, a type name for <c>ILogger&lt;T&gt;</c>).</param>
/// <param name="Level">The entry's level.</param>
/// <param name="EventId">The entry's event id.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with the entry, if any.</param>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);
