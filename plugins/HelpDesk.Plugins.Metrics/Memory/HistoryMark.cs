namespace HelpDesk.Plugins.Metrics.Memory;

/// <summary>One remembered event of a ticket, keyed by the event's id so a replayed event is recognised.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="At">When the event happened.</param>
/// <param name="Kind">What it did.</param>
/// <param name="Value">The team or priority it carried, for <see cref="MarkKind.Team"/> and <see cref="MarkKind.Opened"/>.</param>
internal sealed record HistoryMark(string Id, DateTimeOffset At, MarkKind Kind, string? Value = null);
