using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics;

/// <summary>The definitions supervisors see for each metric.</summary>
internal static class MetricCatalog
{
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        Define(MetricNames.TicketsOpened, "Tickets opened.", MetricUnit.Count, MetricAggregation.Sum),
        Define(MetricNames.ResolvedCount, "Tickets resolved.", MetricUnit.Count, MetricAggregation.Sum),
        Define(MetricNames.ResolutionTime, "Time from a ticket being opened to its resolution.", MetricUnit.Seconds, MetricAggregation.Distribution),
        Define(MetricNames.FirstResponseTime, "Time from a ticket being opened to the first agent reply.", MetricUnit.Seconds, MetricAggregation.Distribution),
        Define(MetricNames.FirstContactResolution, "Share of resolved tickets that were resolved in the first interaction.", MetricUnit.Ratio, MetricAggregation.Average),
        Define(MetricNames.TransferCount, "Tickets handed to another team or person.", MetricUnit.Count, MetricAggregation.Sum),
        Define(MetricNames.Csat, "Share of satisfied CSAT answers (by default 4 or 5 on a 1 to 5 scale).", MetricUnit.Ratio, MetricAggregation.Average),
        Define(MetricNames.Nps, "Net promoter score: percentage of promoters (9-10) minus percentage of detractors (0-6).", MetricUnit.Score, MetricAggregation.Average),
    ];

    private static MetricDefinition Define(string name, string description, MetricUnit unit, MetricAggregation aggregation) =>
        new() { Name = name, Description = description, Unit = unit, Aggregation = aggregation };
}
