using GraphQL.Validation;
using GraphQLParser.AST;
using HelpDesk.Engine.Auth;

namespace HelpDesk.GraphQL.Authorization;

/// <summary>The caller's key lacks the role a selected field needs; reported before anything runs.</summary>
internal sealed class ForbiddenError(ValidationContext context, GraphQLField field, string fieldName, ApiKeyRole required) : ValidationError(
    context.Document.Source,
    null,
    $"'{fieldName}' needs a key with the {required.ToString().ToLowerInvariant()} role; this key's role is not enough.",
    field);
