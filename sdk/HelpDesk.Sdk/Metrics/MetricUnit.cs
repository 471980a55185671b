namespace HelpDesk.Sdk.Metrics;

/// <summary>The unit of a metric's values.</summary>
public enum MetricUnit
{
    /// <summary>A number of things.</summary>
    Count,

    /// <summary>A share from 0 to 1.</summary>
    Ratio,

    /// <summary>A duration in seconds.</summary>
    Seconds,

    /// <summary>A score on the metric's own scale (for example NPS from -100 to 100).</summary>
    Score,
}
