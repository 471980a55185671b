using HelpDesk.Engine.Access;
using System.Diagnostics;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Telemetry;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Explorer;
using HelpDesk.GraphQL.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP: GET for queries, POST with a JSON body for everything, content negotiation,
/// and the status codes the spec gives each outcome.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<HelpDeskSchema> executer,
    ResponseSerializer serializer,
    GraphQLRequestReader reader,
    ICallerResolver callers,
    StoreReadiness readiness,
    IOptions<GraphQLApiOptions> options)
{
    // The same arrays on every GET, so the execution's rule sets are put together once for them too.
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, QueriesOnlyOverGetRule.Instance];

    private static readonly IValidationRule[] GetCachedDocumentRules = [QueriesOnlyOverGetRule.Instance];

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (ExplorerPage.IsWanted(request))
        {
            await ExplorerPage.WriteAsync(context);
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, new TransportError(StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported; use GET for queries or POST."), ResponseMediaType.Json);
            return;
        }

        var mediaType = ResponseMediaType.Choose(request);
        if (mediaType is null)
        {
            await WriteErrorAsync(context, new TransportError(StatusCodes.Status406NotAcceptable, "Accept application/graphql-response+json or application/json."), ResponseMediaType.Json);
            return;
        }

        if ((isGet || MultipartRequestReader.IsMultipart(request.ContentType)) && !CsrfGuard.HasPreflightHeader(request))
        {
            await WriteErrorAsync(context, CsrfGuard.Refusal, mediaType);
            return;
        }

        if (!readiness.IsReady)
        {
            // Answer clearly while the store is unreachable instead of letting each request time out into a 500.
            context.Response.Headers.RetryAfter = "5";
            await WriteErrorAsync(context, new TransportError(StatusCodes.Status503ServiceUnavailable, "The help desk's store is not available yet; try again shortly."), mediaType, ErrorCodes.Internal);
            return;
        }

        var (graphQLRequest, error) = await reader.ReadAsync(request, options.Value);
        if (error is not null)
        {
            await WriteErrorAsync(context, error, mediaType);
            return;
        }

        var caller = await callers.ResolveAsync(context, connectionPayload: null);
        if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(context, new TransportError(StatusCodes.Status401Unauthorized, "Send a valid API key as 'Authorization: Bearer <key>'; this request has none, or one that is unknown or revoked."), mediaType, ErrorCodes.Unauthenticated);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        using var operation = HelpDeskTelemetry.Source.StartActivity("graphql.operation");
        var result = await ExecuteAsync(context, graphQLRequest!, caller, isGet);
        var failed = result.Errors is { Count: > 0 };
        if (operation is not null || HelpDeskTelemetry.GraphQLOperationDuration.Enabled)
        {
            // Only when someone collects them: the tags cost more than a cached query's own bookkeeping.
            var operationName = result.Operation?.Name?.StringValue ?? graphQLRequest!.OperationName ?? "";
            operation?.SetTag("graphql.operation.name", operationName);
            operation?.SetStatus(failed ? ActivityStatusCode.Error : ActivityStatusCode.Ok);
            HelpDeskTelemetry.GraphQLOperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new TagList { { "graphql.operation.name", operationName }, { "errors", failed } });
        }
        context.Response.StatusCode = StatusFor(result, mediaType, context.Response);
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteBodyAsync(context.Response, result, context.RequestAborted);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, Caller caller, bool isGet)
    {
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            UserContext = new RequestContext { Caller = caller },
            CancellationToken = context.RequestAborted,
        };
        if (isGet)
        {
            executionOptions.ValidationRules = GetRules;
            executionOptions.CachedDocumentValidationRules = GetCachedDocumentRules;
        }

        return executer.ExecuteAsync(executionOptions);
    }

    private static int StatusFor(ExecutionResult result, string mediaType, HttpResponse response)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Errors is { Count: > 0 } errors && errors.All(e => e is ForbiddenError))
        {
            return StatusCodes.Status403Forbidden;
        }

        if (result.Errors?.Any(e => e is MutationOverGetError) == true)
        {
            response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        // The legacy media type keeps 200 for invalid documents; the GraphQL response type uses 400.
        return mediaType == ResponseMediaType.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task WriteErrorAsync(HttpContext context, TransportError error, string mediaType, string code = ErrorCodes.ValidationFailed)
    {
        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(error.Message) { Code = code }] };
        await serializer.WriteBodyAsync(context.Response, result, context.RequestAborted);
    }
}
