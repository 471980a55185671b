using GraphQL.Types;
using HelpDesk.Engine.Auth;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="ApiKeyRole"/>.</summary>
internal sealed class ApiKeyRoleEnum : EnumerationGraphType<ApiKeyRole>
{
    public ApiKeyRoleEnum()
    {
        Name = "ApiKeyRole";
        Description = "What an API key may do: AGENT works tickets, SUPERVISOR also sees metrics and escalates, ADMIN also manages the desk and keys.";
    }
}
