using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Enums;

namespace HelpDesk.GraphQL.Types;

/// <summary>A problem with a mutation's input that the user can fix.</summary>
internal sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A problem with the input that the user can fix; an empty list of these means success.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("field").Description("The path to the input field at fault, for example [\"input\", \"subject\"].").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong and how to fix it.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<UserErrorCodeEnum>>("code").Description("The stable code.").Resolve(c => c.Source.Code);
    }
}
