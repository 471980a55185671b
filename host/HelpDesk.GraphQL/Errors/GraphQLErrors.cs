using GraphQL;

namespace HelpDesk.GraphQL.Errors;

/// <summary>Factory for top-level errors with a code from the catalogue.</summary>
internal static class GraphQLErrors
{
    public static ExecutionError Validation(string message) => new(message) { Code = ErrorCodes.ValidationFailed };

    public static ExecutionError NotFound(string message) => new(message) { Code = ErrorCodes.NotFound };
}
