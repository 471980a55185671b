using GraphQL.Types;
using HelpDesk.Engine.Errors;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="UserErrorCode"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class UserErrorCodeEnum : EnumerationGraphType<UserErrorCode>
{
    public UserErrorCodeEnum()
    {
        Name = "UserErrorCode";
        Description = "Stable codes for problems the user can fix by changing the input.";
    }
}
