using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.Exceptions;
using HelpDesk.GraphQL.Authorization;

namespace HelpDesk.GraphQL.Errors;

/// <summary>
/// Shapes every error the same way: a readable message and one stable <c>extensions.code</c>;
/// internal failures carry a correlation id and nothing of the exception.
/// </summary>
internal sealed class HelpDeskErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var (code, message) = executionError switch
        {
            ComplexityError => (ErrorCodes.QueryTooComplex, executionError.Message),
            ForbiddenError => (ErrorCodes.Forbidden, executionError.Message),
            UnhandledError { InnerException: GraphQLMaxDepthExceededException } => (ErrorCodes.ValidationFailed, TooDeep),
            TimeoutError => (ErrorCodes.Timeout, "The request took longer than the server allows and was stopped."),
            UnhandledError => (ErrorCodes.Internal, $"An internal error occurred. Quote correlation id {CorrelationId()} when reporting it."),
            ValidationError or DocumentError => (ErrorCodes.ValidationFailed, executionError.Message),
            _ when ErrorCodes.All.Contains(executionError.Code) => (executionError.Code!, executionError.Message),
            _ => (ErrorCodes.Internal, $"An internal error occurred. Quote correlation id {CorrelationId()} when reporting it."),
        };
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (code == ErrorCodes.Internal || Errors.CorrelationId.Current is not null)
        {
            extensions["correlationId"] = CorrelationId();
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    /// <summary>What a document nested beyond what the parser reads is told (it never reaches the depth rule).</summary>
    public const string TooDeep = "The query is nested too deeply to be read; flatten its selections, lists or input objects.";

    private static string CorrelationId() => Errors.CorrelationId.Current ?? Activity.Current?.TraceId.ToString() ?? "none";
}
