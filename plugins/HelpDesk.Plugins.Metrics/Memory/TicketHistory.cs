using HelpDesk.Sdk.Events;

namespace HelpDesk.Plugins.Metrics.Memory;

/// <summary>
/// What the plugin remembers of one ticket: the events that matter for metrics, in log order. Every answer is about
/// the events <em>before</em> a given event, so replaying the log over a full history gives the same answers as the
/// first pass did.
/// </summary>
internal sealed class TicketHistory
{
    /// <summary>Gets the remembered events, oldest first.</summary>
    public List<HistoryMark> Marks { get; init; } = [];

    /// <summary>Gets when the ticket was opened, if its opening was seen.</summary>
    public DateTimeOffset? OpenedAt => Marks.Find(m => m.Kind == MarkKind.Opened)?.At;

    /// <summary>Gets the priority the ticket was opened with (lower case), if its opening was seen.</summary>
    public string? OpenedPriority => Marks.Find(m => m.Kind == MarkKind.Opened)?.Value;

    /// <summary>Remembers an event once; an event already remembered (a replay) changes nothing.</summary>
    /// <param name="mark">The event.</param>
    /// <returns><see langword="true"/> when the history changed.</returns>
    public bool Record(HistoryMark mark)
    {
        if (Marks.Exists(m => m.Id == mark.Id))
        {
            return false;
        }

        // Events arrive in log order, so this appends; an older event seen late (a rebuild after the plugin was
        // installed mid-way) goes to its place in time.
        Marks.Insert(Marks.FindLastIndex(m => m.At <= mark.At) + 1, mark);
        return true;
    }

    /// <summary>Gets the team that held the ticket when an event happened (before any team change the event made).</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The team, or <see langword="null"/> when no team is known.</returns>
    public string? TeamWhen(DomainEvent domainEvent) => Before(domainEvent).LastOrDefault(m => m.Kind == MarkKind.Team)?.Value;

    /// <summary>Counts the resolutions before an event.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The number of earlier resolutions; 0 for a ticket's first resolution.</returns>
    public int ResolutionsBefore(DomainEvent domainEvent) => Before(domainEvent).Count(m => m.Kind == MarkKind.Resolved);

    /// <summary>Counts the agent replies since the previous resolution (or since opening) up to an event.</summary>
    /// <param name="domainEvent">The event, normally a resolution.</param>
    /// <returns>The number of replies.</returns>
    public int RepliesSinceLastResolution(DomainEvent domainEvent) =>
        Before(domainEvent).Reverse().TakeWhile(m => m.Kind != MarkKind.Resolved).Count(m => m.Kind == MarkKind.Replied);

    /// <summary>Gets when the current stretch of work began: the latest reopening before an event, or else the opening.</summary>
    /// <param name="domainEvent">The event, normally a resolution.</param>
    /// <returns>The time, or <see langword="null"/> when neither was seen.</returns>
    public DateTimeOffset? WorkStartedBefore(DomainEvent domainEvent) =>
        Before(domainEvent).LastOrDefault(m => m.Kind == MarkKind.Reopened)?.At ?? OpenedAt;

    private IEnumerable<HistoryMark> Before(DomainEvent domainEvent)
    {
        var index = Marks.FindIndex(m => m.Id == domainEvent.Id);
        return index >= 0 ? Marks.Take(index) : Marks.Where(m => m.At < domainEvent.OccurredAt);
    }
}
