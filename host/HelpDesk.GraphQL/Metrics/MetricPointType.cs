using GraphQL.Types;
using HelpDesk.Engine.Metrics;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Metrics;

/// <summary>A metric's value over a period.</summary>
internal sealed class MetricPointType : ObjectGraphType<MetricPoint>
{
    public MetricPointType()
    {
        Name = "MetricPoint";
        Description = "A metric's value over one period.";
        Field<NonNullGraphType<DateTimeScalar>>("start").Description("When the period starts.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateTimeScalar>>("end").Description("When the period ends (exclusive).").Resolve(c => c.Source.End);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many observations the period holds.").Resolve(c => (int)Math.Min(int.MaxValue, c.Source.Count));
        Field<FloatGraphType>("value")
            .Description("The value: the total of a SUM metric, the share or score of an AVERAGE, the mean of a DISTRIBUTION; null when there is nothing to average.")
            .Resolve(c => c.Source.Value);
        Field<FloatGraphType>("median").Description("The median of a DISTRIBUTION metric (within about 2 %); null otherwise.").Resolve(c => c.Source.Median);
        Field<FloatGraphType>("p90").Description("The 90th percentile of a DISTRIBUTION metric (within about 2 %); null otherwise.").Resolve(c => c.Source.P90);
    }
}
