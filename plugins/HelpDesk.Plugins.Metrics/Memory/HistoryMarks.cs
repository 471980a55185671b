using HelpDesk.Sdk.Events;

namespace HelpDesk.Plugins.Metrics.Memory;

/// <summary>Turns the events that matter for metrics into history marks.</summary>
internal static class HistoryMarks
{
    /// <summary>Gets the mark of an event.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <param name="settings">The organisation's settings, for the teams of agents.</param>
    /// <returns>The mark, or <see langword="null"/> when the event is not remembered.</returns>
    public static HistoryMark? Of(DomainEvent domainEvent, MetricSettings settings) => domainEvent switch
    {
        TicketOpened opened => Mark(opened, MarkKind.Opened, opened.Priority.ToString().ToLowerInvariant()),
        TicketReplied => Mark(domainEvent, MarkKind.Replied),
        TicketAssigned assigned when settings.TeamOf(assigned.AssigneeId) is { } team => Mark(assigned, MarkKind.Team, team),
        TicketTransferred transferred => Mark(transferred, MarkKind.Team, settings.TeamOf(transferred.To) ?? transferred.To.Trim()),
        TicketEscalated { Decision.Team: { } team } escalated when !string.IsNullOrWhiteSpace(team) => Mark(escalated, MarkKind.Team, team.Trim()),
        TicketResolved => Mark(domainEvent, MarkKind.Resolved),
        TicketReopened => Mark(domainEvent, MarkKind.Reopened),
        SurveyAnswered => Mark(domainEvent, MarkKind.Surveyed),
        _ => null,
    };

    private static HistoryMark Mark(DomainEvent domainEvent, MarkKind kind, string? value = null) =>
        new(domainEvent.Id, domainEvent.OccurredAt, kind, value);
}
