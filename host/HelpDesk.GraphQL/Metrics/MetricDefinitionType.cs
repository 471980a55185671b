using GraphQL.Types;
using HelpDesk.Engine.Metrics;

namespace HelpDesk.GraphQL.Metrics;

/// <summary>What a metric measures, as its plugin defines it.</summary>
internal sealed class MetricDefinitionType : ObjectGraphType<DefinedMetric>
{
    public MetricDefinitionType()
    {
        Name = "MetricDefinition";
        Description = "What a metric measures, as the plugin that computes it defines it.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The metric's name, as passed to 'metrics(names:)'.").Resolve(c => c.Source.Definition.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The exact definition, for a person.").Resolve(c => c.Source.Definition.Description);
        Field<NonNullGraphType<MetricUnitEnum>>("unit").Description("The unit of its values.").Resolve(c => c.Source.Definition.Unit);
        Field<NonNullGraphType<MetricAggregationEnum>>("aggregation").Description("How its observations add up in a period.").Resolve(c => c.Source.Definition.Aggregation);
        Field<NonNullGraphType<StringGraphType>>("pluginId").Description("The plugin that computes it.").Resolve(c => c.Source.PluginId);
    }
}
