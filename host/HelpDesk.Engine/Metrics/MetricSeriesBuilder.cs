using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Engine.Metrics;

/// <summary>Turns the rollups of one metric (and dimension value) into a series: a point per bucket and the window's total.</summary>
internal static class MetricSeriesBuilder
{
    public static MetricSeries Build(DefinedMetric metric, string? dimension, string? dimensionValue, IEnumerable<MetricRollup> rollups, IReadOnlyList<DateTimeOffset> bounds)
    {
        var byStart = rollups.ToDictionary(r => r.Start);
        var points = new List<MetricPoint>(bounds.Count - 1);
        MetricRollup? total = null;
        for (var i = 0; i < bounds.Count - 1; i++)
        {
            var rollup = byStart.GetValueOrDefault(bounds[i]);
            points.Add(Point(metric.Definition, bounds[i], bounds[i + 1], rollup));
            if (rollup is not null)
            {
                total = total is null ? rollup : total.Add(rollup);
            }
        }

        return new MetricSeries
        {
            Definition = metric.Definition,
            PluginId = metric.PluginId,
            Dimension = dimension,
            DimensionValue = dimensionValue,
            Total = Point(metric.Definition, bounds[0], bounds[^1], total),
            Points = points,
        };
    }

    private static MetricPoint Point(MetricDefinition definition, DateTimeOffset start, DateTimeOffset end, MetricRollup? rollup)
    {
        if (rollup is null || rollup.Count == 0)
        {
            return new MetricPoint { Start = start, End = end, Value = definition.Aggregation == MetricAggregation.Sum ? 0 : null };
        }

        return definition.Aggregation switch
        {
            MetricAggregation.Sum => new MetricPoint { Start = start, End = end, Count = rollup.Count, Value = rollup.Sum },
            MetricAggregation.Average => new MetricPoint
            {
                Start = start, End = end, Count = rollup.Count, Value = rollup.Denominator > 0 ? rollup.Sum / rollup.Denominator : null,
            },
            _ => new MetricPoint
            {
                Start = start,
                End = end,
                Count = rollup.Count,
                Value = rollup.Sum / rollup.Count,
                Median = MetricHistogram.Percentile(rollup.Histogram, 0.5, rollup.Min, rollup.Max),
                P90 = MetricHistogram.Percentile(rollup.Histogram, 0.9, rollup.Min, rollup.Max),
            },
        };
    }
}
