using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Types;

namespace HelpDesk.GraphQL.Metrics;

/// <summary>The input of rebuildMetrics.</summary>
internal sealed class RebuildMetricsInputType : InputObjectGraphType
{
    public RebuildMetricsInputType()
    {
        Name = "RebuildMetricsInput";
        Description = "Rebuilds the organisation's metrics from its event log.";
        Field<StringGraphType>("clientMutationId").Description("Any value; returned as given.");
    }
}

/// <summary>The result of rebuildMetrics.</summary>
internal sealed class RebuildMetricsPayloadType : ObjectGraphType<OperationResult<RebuiltMetrics>>
{
    public RebuildMetricsPayloadType()
    {
        Name = "RebuildMetricsPayload";
        Description = "The result of rebuildMetrics.";
        Field<DateTimeScalar>("rebuiltAt").Description("When the rebuild finished; null when there are user errors.").Resolve(c => c.Source.Value?.At);
        Field<StringGraphType>("clientMutationId").Description("The value given in the input.").Resolve(c => c.Source.Value?.ClientMutationId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>A finished rebuild.</summary>
/// <param name="At">When it finished.</param>
/// <param name="ClientMutationId">The caller's value, returned as given.</param>
internal sealed record RebuiltMetrics(DateTimeOffset At, string? ClientMutationId);
