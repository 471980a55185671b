using GraphQL.Validation;
using GraphQLParser.AST;

namespace HelpDesk.GraphQL.Transport;

/// <summary>GET requests may only run queries (GraphQL over HTTP): a mutation over GET is refused before it runs.</summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public const string ErrorCode = "MUTATION_OVER_GET";

    public static readonly QueriesOnlyOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                ErrorCode,
                $"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.",
                context.Operation));
        }

        return default;
    }
}
