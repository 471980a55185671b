using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Metrics;

/// <summary>What a supervisor asks: which metrics, over which window, in which buckets, broken down by what.</summary>
public sealed record MetricsQuery
{
    /// <summary>Gets the metric names; empty for every metric of the desk.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Gets the start of the window.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>Gets the end of the window (exclusive).</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>Gets the bucket length of the points.</summary>
    public MetricBucket Bucket { get; init; } = MetricBucket.Day;

    /// <summary>Gets the breakdown dimension (for example <c>agent</c>), or <see langword="null"/> for totals only.</summary>
    public string? BreakdownBy { get; init; }
}
