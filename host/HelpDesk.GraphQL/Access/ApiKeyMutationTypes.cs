using GraphQL.Types;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Types;

namespace HelpDesk.GraphQL.Access;

/// <summary>The input of <c>createApiKey</c>.</summary>
internal sealed class CreateApiKeyInputType : InputObjectGraphType
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Description = "A new API key for the organisation.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the key is for, such as \"agent console\".");
        Field<NonNullGraphType<ApiKeyRoleEnum>>("role").Description("What the key may do.");
    }
}

/// <summary>The result of <c>createApiKey</c>.</summary>
internal sealed class CreateApiKeyPayloadType : ObjectGraphType<OperationResult<CreatedApiKey>>
{
    public CreateApiKeyPayloadType()
    {
        Name = "CreateApiKeyPayload";
        Description = "The new key. Its secret is in 'key' this once: store it now, it cannot be shown again.";
        Field<ApiKeyType>("apiKey").Description("The key's record.").Resolve(c => c.Source.Value?.Record);
        Field<StringGraphType>("key").Description("The full key to send as 'Authorization: Bearer <key>'; shown only now.").Resolve(c => c.Source.Value?.Key);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The input of <c>revokeApiKey</c>.</summary>
internal sealed class RevokeApiKeyInputType : InputObjectGraphType
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key's id.");
    }
}

/// <summary>The result of <c>revokeApiKey</c>.</summary>
internal sealed class RevokeApiKeyPayloadType : ObjectGraphType<OperationResult<string>>
{
    public RevokeApiKeyPayloadType()
    {
        Name = "RevokeApiKeyPayload";
        Description = "Whether the key was revoked; it authenticates nothing from now on.";
        Field<IdGraphType>("revokedId").Description("The id of the key revoked; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}
