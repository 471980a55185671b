namespace HelpDesk.Engine.Metrics;

/// <summary>A metric's value over one bucket, or over the whole window.</summary>
public sealed record MetricPoint
{
    /// <summary>Gets the start of the period.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Gets the end of the period (exclusive).</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>Gets how many observations the period holds.</summary>
    public long Count { get; init; }

    /// <summary>Gets the value: the total of a count, the share or score of an average, the mean of a distribution; <see langword="null"/> when there is nothing to average.</summary>
    public double? Value { get; init; }

    /// <summary>Gets the median of a distribution.</summary>
    public double? Median { get; init; }

    /// <summary>Gets the 90th percentile of a distribution.</summary>
    public double? P90 { get; init; }
}
