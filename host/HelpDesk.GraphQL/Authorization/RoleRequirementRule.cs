using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Auth;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Authorization;

/// <summary>
/// Refuses an operation that selects a field the caller's role may not use, before any resolver runs.
/// It must also run for cached documents: a document cached for an admin is not thereby allowed to an agent.
/// </summary>
/// <remarks>
/// The first validation of a document notes the highest role any of its fields needs. Later requests with the same
/// (cached) document whose caller has that role skip the walk over the document; any other caller gets the walk,
/// which names every field it may not use.
/// </remarks>
internal sealed class RoleRequirementRule : ValidationRuleBase
{
    public static readonly RoleRequirementRule Instance = new();

    private static readonly ConditionalWeakTable<GraphQLDocument, HighestRole> Noted = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = (context.UserContext as RequestContext)?.Caller;
        if (caller is not null && Noted.TryGetValue(context.Document, out var noted) && (noted.Role is not { } role || caller.Has(role)))
        {
            return default;
        }

        return new(new Walk(caller));
    }

    private sealed record HighestRole(ApiKeyRole? Role);

    private sealed class Walk(Caller? caller) : INodeVisitor
    {
        private ApiKeyRole? highest;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLField fieldNode && context.TypeInfo.GetFieldDef() is { } field && RoleRequirement.Of(field) is { } required)
            {
                highest = highest is { } known && known >= required ? known : required;
                if (caller is null || !caller.Has(required))
                {
                    context.ReportError(new ForbiddenError(context, fieldNode, field.Name, required));
                }
            }

            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLDocument document)
            {
                Noted.AddOrUpdate(document, new HighestRole(highest));
            }

            return default;
        }
    }
}
