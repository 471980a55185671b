using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics;

/// <summary>
/// The definitions supervisors see for each metric: what exactly is counted, in which unit, and in which time
/// bucket (the time of the event that is counted).
/// </summary>
internal static class MetricCatalog
{
    /// <summary>Gets every metric this plugin produces.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        Define(
            MetricNames.TicketsOpened,
            "Number of tickets opened in the period.",
            MetricUnit.Count,
            MetricAggregation.Sum),
        Define(
            MetricNames.ResolvedCount,
            "Number of resolutions in the period; a ticket that is reopened and resolved again counts each time it is resolved.",
            MetricUnit.Count,
            MetricAggregation.Sum),
        Define(
            MetricNames.ResolutionTime,
            "Seconds from a ticket being opened to its resolution, one value per resolution in the period (a reopened ticket's later resolution is also measured from its opening); mean, median and 90th percentile.",
            MetricUnit.Seconds,
            MetricAggregation.Distribution),
        Define(
            MetricNames.FirstResponseTime,
            "Seconds from a ticket being opened to the first agent reply to the caller, one value per ticket, counted in the period of that reply; mean, median and 90th percentile.",
            MetricUnit.Seconds,
            MetricAggregation.Distribution),
        Define(
            MetricNames.FirstContactResolution,
            "Share (0 to 1) of the resolutions in the period that the resolving agent marked as reached in the first interaction with the caller.",
            MetricUnit.Ratio,
            MetricAggregation.Average),
        Define(
            MetricNames.ResolutionRate,
            "Tickets resolved for the first time in the period divided by tickets opened in the period (a ratio; above 1 when older tickets are cleared). Broken down only by the priority the ticket was opened with.",
            MetricUnit.Ratio,
            MetricAggregation.Average),
        Define(
            MetricNames.TransferCount,
            "Number of transfers in the period; 'team' is the team that handed the ticket on, 'to' the team or agent that received it.",
            MetricUnit.Count,
            MetricAggregation.Sum),
        Define(
            MetricNames.RepliesPerTicket,
            "Agent replies to the caller per resolved ticket: the replies a ticket needed until it was resolved, divided by the tickets resolved for the first time in the period; replies before a reopened ticket's next resolution are added to the same ticket.",
            MetricUnit.Count,
            MetricAggregation.Average),
        Define(
            MetricNames.Productivity,
            "Handling seconds per resolved ticket, by service type: the seconds a ticket was open (from opening, or from its latest reopening, to resolution), divided by the tickets resolved for the first time in the period; a reopened ticket's further open time is added to the same ticket. Waiting for the caller counts as open time.",
            MetricUnit.Seconds,
            MetricAggregation.Average),
        Define(
            MetricNames.RepeatContactRate,
            "Callers who opened their second ticket in the period divided by callers who opened their first ticket in the period (a ratio); tickets without a known caller are not counted. Not broken down.",
            MetricUnit.Ratio,
            MetricAggregation.Average),
        Define(
            MetricNames.Csat,
            "Share (0 to 1) of the answers in the period to the CSAT question (1 to 5) that are satisfied: 4 or 5 by default, or from the organisation's 'satisfiedCsatFrom' score.",
            MetricUnit.Ratio,
            MetricAggregation.Average),
        Define(
            MetricNames.Nps,
            "Net promoter score (-100 to 100) of the answers in the period to the NPS question (0 to 10, 'how likely are you to recommend us?'): percentage of promoters (9 or 10) minus percentage of detractors (0 to 6).",
            MetricUnit.Score,
            MetricAggregation.Average),
        Define(
            MetricNames.NegativeResponseRate,
            "Share (0 to 1) of the answers in the period to the NPS question (0 to 10) that score 2 or lower (0, 1 or 2).",
            MetricUnit.Ratio,
            MetricAggregation.Average),
        Define(
            MetricNames.PromisesKept,
            "Share (0 to 1) of the promises to callers that came due or were settled in the period that were kept by their due time; a promise counts once: when it is kept on time, goes overdue, is kept late without having gone overdue first, or is given up before its due time. Broken down by the agent who made it.",
            MetricUnit.Ratio,
            MetricAggregation.Average),
        Define(
            MetricNames.HoldTime,
            "Seconds a caller spent on hold, one value per hold, counted in the period the caller was taken off hold (or the call ended while they waited); mean, median and 90th percentile. 'agent' is the agent who put the caller on hold.",
            MetricUnit.Seconds,
            MetricAggregation.Distribution),
    ];

    private static MetricDefinition Define(string name, string description, MetricUnit unit, MetricAggregation aggregation) =>
        new() { Name = name, Description = description, Unit = unit, Aggregation = aggregation };
}
