using GraphQL.Validation;
using GraphQLParser.AST;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Authorization;

/// <summary>
/// Refuses an operation that selects a field the caller's role may not use, before any resolver runs.
/// It must also run for cached documents: a document cached for an admin is not thereby allowed to an agent.
/// </summary>
internal sealed class RoleRequirementRule : ValidationRuleBase
{
    public static readonly RoleRequirementRule Instance = new();

    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((node, context) =>
    {
        var field = context.TypeInfo.GetFieldDef();
        if (field is null || RoleRequirement.Of(field) is not { } required)
        {
            return;
        }

        if (context.UserContext is not RequestContext { Caller: var caller } || !caller.Has(required))
        {
            context.ReportError(new ForbiddenError(context, node, field.Name, required));
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
