namespace HelpDesk.Engine.Storage;

/// <summary>
/// What a metric's observations add up to in one time bucket, for the total (empty <see cref="Dimension"/>) or for one
/// value of one breakdown dimension (for example <c>agent</c> = <c>ann</c>). Rollups only ever grow by
/// <see cref="Add"/>, so the store can merge a delta into what it holds with atomic increments.
/// </summary>
public sealed record MetricRollup
{
    /// <summary>Gets the metric's name.</summary>
    public required string Metric { get; init; }

    /// <summary>Gets the bucket length.</summary>
    public required MetricBucket Bucket { get; init; }

    /// <summary>Gets the instant the bucket starts.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Gets the breakdown dimension, or empty for the total.</summary>
    public string Dimension { get; init; } = "";

    /// <summary>Gets the dimension's value, or empty for the total.</summary>
    public string DimensionValue { get; init; } = "";

    /// <summary>Gets how many observations were folded in.</summary>
    public long Count { get; init; }

    /// <summary>Gets the sum of the observed values.</summary>
    public double Sum { get; init; }

    /// <summary>Gets the sum of the observations' denominators (for averages and rates).</summary>
    public double Denominator { get; init; }

    /// <summary>Gets the smallest observed value.</summary>
    public double Min { get; init; }

    /// <summary>Gets the largest observed value.</summary>
    public double Max { get; init; }

    /// <summary>Gets how many values fell into each histogram bin (see <c>MetricHistogram</c>); empty unless the metric is a distribution.</summary>
    public IReadOnlyDictionary<int, long> Histogram { get; init; } = new Dictionary<int, long>();

    /// <summary>Gets the key that identifies the bucket and dimension value this rollup is for.</summary>
    public (string Metric, MetricBucket Bucket, DateTimeOffset Start, string Dimension, string DimensionValue) Key =>
        (Metric, Bucket, Start, Dimension, DimensionValue);

    /// <summary>Folds another rollup of the same key into this one.</summary>
    /// <param name="other">The rollup to add.</param>
    /// <returns>The sum of both.</returns>
    public MetricRollup Add(MetricRollup other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var histogram = new Dictionary<int, long>(Histogram);
        foreach (var (bin, count) in other.Histogram)
        {
            histogram[bin] = histogram.GetValueOrDefault(bin) + count;
        }

        return this with
        {
            Count = Count + other.Count,
            Sum = Sum + other.Sum,
            Denominator = Denominator + other.Denominator,
            Min = Count == 0 ? other.Min : other.Count == 0 ? Min : Math.Min(Min, other.Min),
            Max = Count == 0 ? other.Max : other.Count == 0 ? Max : Math.Max(Max, other.Max),
            Histogram = histogram,
        };
    }
}
