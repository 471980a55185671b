using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Engine.Metrics;

/// <summary>One metric over a window: its definition, the window's value and one point per bucket.</summary>
public sealed record MetricSeries
{
    /// <summary>Gets the metric's definition.</summary>
    public required MetricDefinition Definition { get; init; }

    /// <summary>Gets the plugin that defines the metric.</summary>
    public required string PluginId { get; init; }

    /// <summary>Gets the breakdown dimension, or <see langword="null"/> for the total.</summary>
    public string? Dimension { get; init; }

    /// <summary>Gets the dimension's value (for example an agent's id), or <see langword="null"/> for the total.</summary>
    public string? DimensionValue { get; init; }

    /// <summary>Gets the value over the whole window.</summary>
    public required MetricPoint Total { get; init; }

    /// <summary>Gets the value per bucket, every bucket of the window in order, empty ones included.</summary>
    public required IReadOnlyList<MetricPoint> Points { get; init; }
}
