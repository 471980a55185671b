using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
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
            TimeoutError => (ErrorCodes.Timeout, "The request took longer than the server allows and was stopped."),
            UnhandledError => (ErrorCodes.Internal, $"An internal error occurred. Quote correlation id {CorrelationId()} when reporting it."),
            ValidationError or DocumentError => (ErrorCodes.ValidationFailed, executionError.Message),
            _ when ErrorCodes.All.Contains(executionError.Code) => (executionError.Code!, executionError.Message),
            _ => (ErrorCodes.Internal, $"An internal error occurred. Quote correlation id {CorrelationId()} when reporting it."),
        };
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (code == ErrorCodes.Internal)
        {
            extensions["correlationId"] = CorrelationId();
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static string CorrelationId() => Activity.Current?.TraceId.ToString() ?? "none";
}
