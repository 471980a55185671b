using GraphQL.Types;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.GraphQL.Metrics;

/// <summary>The bucket lengths of a metrics query.</summary>
internal sealed class MetricBucketEnum : EnumerationGraphType<MetricBucket>
{
    public MetricBucketEnum()
    {
        Name = "MetricBucket";
        Description = "The length of the periods a metric is reported in: UTC hours, or days and weeks (from Monday) in the organisation's time zone.";
    }
}

/// <summary>The units of metrics.</summary>
internal sealed class MetricUnitEnum : EnumerationGraphType<MetricUnit>
{
    public MetricUnitEnum()
    {
        Name = "MetricUnit";
        Description = "What a metric's value counts: things, a share from 0 to 1, seconds, or a score.";
    }
}

/// <summary>How metrics fold their observations.</summary>
internal sealed class MetricAggregationEnum : EnumerationGraphType<MetricAggregation>
{
    public MetricAggregationEnum()
    {
        Name = "MetricAggregation";
        Description = "How a metric's observations add up in a period: a total (SUM), a share or score (AVERAGE), or mean, median and 90th percentile (DISTRIBUTION).";
    }
}
