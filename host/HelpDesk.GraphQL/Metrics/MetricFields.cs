using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Metrics;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Metrics;

/// <summary>The metrics queries (supervisors and admins) and the rebuild mutation (admins).</summary>
internal static class MetricFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricSeriesType>>>>("metrics")
            .Description("The desk's metrics over a window, from rollups kept up to date with the event log. Needs the supervisor role.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("names", "The metrics to read (see 'metricDefinitions'); all of the desk's metrics when omitted.")
            .Argument<NonNullGraphType<DateTimeScalar>>("from", "The start of the window; the first period is the one this instant falls in.")
            .Argument<NonNullGraphType<DateTimeScalar>>("to", "The end of the window (exclusive).")
            .Argument<MetricBucketEnum>("bucket", "The length of the periods; DAY when omitted.")
            .Argument<StringGraphType>("breakdownBy", "Also give a series per value of this dimension, for example agent, team or serviceType.")
            .RequireRole(ApiKeyRole.Supervisor)
            .ResolveAsync(async c =>
            {
                var metricsQuery = new MetricsQuery
                {
                    Names = c.GetArgument<List<string>?>("names") ?? [],
                    From = c.GetArgument<DateTimeOffset>("from"),
                    To = c.GetArgument<DateTimeOffset>("to"),
                    Bucket = c.GetArgument("bucket", MetricBucket.Day),
                    BreakdownBy = c.GetArgument<string?>("breakdownBy"),
                };
                var result = await c.Service<MetricsService>().QueryAsync(c.OrganizationId(), metricsQuery, c.CancellationToken);
                return result.Value ?? throw ToError(result.Errors[0]);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricDefinitionType>>>>("metricDefinitions")
            .Description("Every metric the organisation's enabled plugins compute, with its definition. Needs the supervisor role.")
            .RequireRole(ApiKeyRole.Supervisor)
            .ResolveAsync(async c => await c.Service<MetricsService>().DefinitionsAsync(c.OrganizationId(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RebuildMetricsPayloadType>, OperationResult<RebuiltMetrics>>("rebuildMetrics")
            .Description("Throws the organisation's metric rollups away and folds its whole event log again through the metric plugins it has enabled now – after enabling a metrics plugin or changing its settings. Can take a while on a large log. Needs the admin role.")
            .Argument<NonNullGraphType<RebuildMetricsInputType>>("input", "Nothing to fill in but an optional clientMutationId.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c =>
            {
                await c.Service<MetricsService>().RebuildAsync(c.OrganizationId(), c.Actor(), c.CancellationToken);
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var mutationId = input.TryGetValue("clientMutationId", out var value) ? value as string : null;
                return OperationResult<RebuiltMetrics>.Success(new RebuiltMetrics(c.Service<TimeProvider>().GetUtcNow(), mutationId));
            });
    }

    private static ExecutionError ToError(UserError error) =>
        new($"{string.Join('.', error.Field)}: {error.Message}") { Code = ErrorCodes.ValidationFailed };
}
