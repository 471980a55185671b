using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Access;

/// <summary>API key management, for admins.</summary>
internal static class AccessFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyType>>>>("apiKeys")
            .Description("The organisation's API keys, revoked ones included. Needs the admin role.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c => await c.Service<ApiKeyService>().ListAsync(c.OrganizationId(), c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateApiKeyPayloadType>>("createApiKey")
            .Description("Creates an API key for the organisation; its secret is returned this once. Needs the admin role.")
            .Argument<NonNullGraphType<CreateApiKeyInputType>>("input", "The key's name and role.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<ApiKeyService>().CreateAsync(
                    c.OrganizationId(), input["name"] as string ?? "", input["role"] is ApiKeyRole role ? role : ApiKeyRole.Agent, c.Actor(), c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<RevokeApiKeyPayloadType>>("revokeApiKey")
            .Description("Revokes an API key of the organisation. Needs the admin role.")
            .Argument<NonNullGraphType<RevokeApiKeyInputType>>("input", "The key to revoke.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Dictionary<string, object?>>("input")["id"] as string ?? "";
                return await c.Service<ApiKeyService>().RevokeAsync(c.OrganizationId(), id, c.Actor(), c.CancellationToken)
                    ? OperationResult<string>.Success(id)
                    : OperationResult<string>.Failure([UserError.ForInput("id", "No working key with this id exists in your organisation.", UserErrorCode.NotFound)]);
            });
    }
}
