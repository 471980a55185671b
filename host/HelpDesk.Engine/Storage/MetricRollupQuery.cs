namespace HelpDesk.Engine.Storage;

/// <summary>Which rollups to read: some metrics, one bucket length, a window of bucket starts, the total or one dimension.</summary>
public sealed record MetricRollupQuery
{
    /// <summary>Gets the metric names.</summary>
    public required IReadOnlyList<string> Metrics { get; init; }

    /// <summary>Gets the bucket length.</summary>
    public required MetricBucket Bucket { get; init; }

    /// <summary>Gets the earliest bucket start to include.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>Gets the bucket start to stop before.</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>Gets the breakdown dimension to read, or empty for the totals.</summary>
    public string Dimension { get; init; } = "";
}
