using GraphQL.Types;
using HelpDesk.Engine.Metrics;

namespace HelpDesk.GraphQL.Metrics;

/// <summary>One metric over the window asked for.</summary>
internal sealed class MetricSeriesType : ObjectGraphType<MetricSeries>
{
    public MetricSeriesType()
    {
        Name = "Metric";
        Description = "One metric over the window asked for: for the whole desk, or for one value of the breakdown dimension.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The metric's name.").Resolve(c => c.Source.Definition.Name);
        Field<NonNullGraphType<MetricDefinitionType>>("definition").Description("What the metric measures.")
            .Resolve(c => new DefinedMetric(c.Source.PluginId, c.Source.Definition));
        Field<StringGraphType>("dimension").Description("The breakdown dimension (for example agent, team, serviceType); null for the desk's total.").Resolve(c => c.Source.Dimension);
        Field<StringGraphType>("dimensionValue").Description("The dimension's value (for example an agent's id); null for the desk's total.").Resolve(c => c.Source.DimensionValue);
        Field<NonNullGraphType<MetricPointType>>("total").Description("The value over the whole window.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricPointType>>>>("points")
            .Description("The value per period, every period of the window in order, empty ones included.")
            .Resolve(c => c.Source.Points);
    }
}
