namespace HelpDesk.Sdk.Metrics;

/// <summary>One value of a metric, observed from an event, to be folded into its time bucket.</summary>
public sealed record MetricObservation
{
    /// <summary>Gets the metric's name, as in one of the source's definitions.</summary>
    public required string Metric { get; init; }

    /// <summary>Gets the value.</summary>
    public required double Value { get; init; }

    /// <summary>
    /// Gets how much this observation adds to the denominator of an <see cref="MetricAggregation.Average"/> metric:
    /// 1 by default; 0 for an observation that only adds to the numerator (a resolution counted against the tickets
    /// opened, for example). Sums and distributions ignore it.
    /// </summary>
    public double Denominator { get; init; } = 1;

    /// <summary>Gets when the value counts (normally the event's time).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Gets the breakdown dimensions (for example <c>agent</c>, <c>team</c>, <c>serviceType</c>).</summary>
    public IReadOnlyDictionary<string, string> Breakdown { get; init; } = new Dictionary<string, string>();
}
