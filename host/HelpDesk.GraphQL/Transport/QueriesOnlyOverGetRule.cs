using GraphQL.Validation;
using GraphQLParser.AST;

namespace HelpDesk.GraphQL.Transport;

/// <summary>GET requests may only run queries (GraphQL over HTTP): a mutation over GET is refused before it runs.</summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public static readonly QueriesOnlyOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new MutationOverGetError(context));
        }

        return default;
    }
}

/// <summary>The error of an operation other than a query sent with GET; the transport answers it with 405.</summary>
internal sealed class MutationOverGetError(ValidationContext context) : ValidationError(
    context.Document.Source,
    "5.2.1",
    $"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.",
    context.Operation);
