using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Engine.Metrics;

/// <summary>
/// Folds observations into rollup deltas: each observation counts in its hour, day and week, for the total and for each
/// of its breakdown dimensions on its own. Deltas of the same key are merged, so a batch writes each rollup once.
/// </summary>
public sealed class MetricFolding(TimeZoneInfo zone)
{
    /// <summary>The most breakdown dimensions one observation is rolled up by; more are ignored.</summary>
    public const int MaxDimensions = 8;

    /// <summary>The longest dimension name or value kept; longer ones are cut.</summary>
    public const int MaxDimensionLength = 200;

    private readonly Dictionary<(string, MetricBucket, DateTimeOffset, string, string), MetricRollup> deltas = [];

    /// <summary>Gets the merged deltas folded so far.</summary>
    public IReadOnlyList<MetricRollup> Deltas => [.. deltas.Values];

    /// <summary>Folds one observation in.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="definition">The definition of its metric.</param>
    public void Add(MetricObservation observation, MetricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(definition);
        if (!double.IsFinite(observation.Value) || !double.IsFinite(observation.Denominator))
        {
            return;
        }

        var dimensions = observation.Breakdown
            .Where(d => !string.IsNullOrEmpty(d.Key) && d.Value is not null)
            .Take(MaxDimensions)
            .Select(d => (Cut(d.Key), Cut(d.Value)))
            .Prepend(("", ""))
            .ToList();
        foreach (var bucket in MetricBuckets.All)
        {
            var start = MetricBuckets.StartOf(observation.At, bucket, zone);
            foreach (var (dimension, value) in dimensions)
            {
                Merge(Delta(observation, definition, bucket, start, dimension, value));
            }
        }
    }

    private static MetricRollup Delta(MetricObservation observation, MetricDefinition definition, MetricBucket bucket, DateTimeOffset start, string dimension, string value) => new()
    {
        Metric = definition.Name,
        Bucket = bucket,
        Start = start,
        Dimension = dimension,
        DimensionValue = value,
        Count = 1,
        Sum = observation.Value,
        Denominator = definition.Aggregation == MetricAggregation.Average ? observation.Denominator : 1,
        Min = observation.Value,
        Max = observation.Value,
        Histogram = definition.Aggregation == MetricAggregation.Distribution
            ? new Dictionary<int, long> { [MetricHistogram.BinOf(observation.Value)] = 1 }
            : new Dictionary<int, long>(),
    };

    private static string Cut(string text) => text.Length <= MaxDimensionLength ? text : text[..MaxDimensionLength];

    private void Merge(MetricRollup delta) =>
        deltas[delta.Key] = deltas.TryGetValue(delta.Key, out var earlier) ? earlier.Add(delta) : delta;
}
