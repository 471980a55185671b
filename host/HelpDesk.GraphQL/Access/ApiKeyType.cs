using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Access;

/// <summary>An API key as admins see it: never its secret.</summary>
internal sealed class ApiKeyType : ObjectGraphType<ApiKeyRecord>
{
    public ApiKeyType()
    {
        Name = "ApiKey";
        Description = "An API key of the organisation. The secret is shown only once, by createApiKey.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key's public id (the part after hd_ in the key); pass it to revokeApiKey.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the key is for.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ApiKeyRoleEnum>>("role").Description("What the key may do.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Description("When the key was created.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeScalar>("revokedAt").Description("When the key was revoked; null while it works.").Resolve(c => c.Source.RevokedAt);
    }
}
