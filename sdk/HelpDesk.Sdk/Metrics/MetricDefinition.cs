namespace HelpDesk.Sdk.Metrics;

/// <summary>A metric a source produces, with the definition shown to supervisors.</summary>
public sealed record MetricDefinition
{
    /// <summary>Gets the metric's name, kebab-case (for example <c>first-response-time</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets what the metric measures, in a sentence.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the unit of its values.</summary>
    public required MetricUnit Unit { get; init; }

    /// <summary>Gets how observations are folded.</summary>
    public required MetricAggregation Aggregation { get; init; }
}
