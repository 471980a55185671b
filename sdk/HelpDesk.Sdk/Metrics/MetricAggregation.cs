namespace HelpDesk.Sdk.Metrics;

/// <summary>How the host folds a metric's observations within a time bucket.</summary>
public enum MetricAggregation
{
    /// <summary>The total of the values (counts).</summary>
    Sum,

    /// <summary>The sum of the values divided by the sum of the observations' denominators; values of 0 and 1 give a share.</summary>
    Average,

    /// <summary>The mean, median and 90th percentile of the values (durations).</summary>
    Distribution,
}
