using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Calls;

/// <summary>GraphQL enum for <see cref="CallStep"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class CallStepEnum : EnumerationGraphType<CallStep>
{
    public CallStepEnum()
    {
        Name = "CallStep";
        Description = "The seven steps of a well-handled call: GREETING, VENTING, TROUBLESHOOTING, DIAGNOSIS, SOLUTION, IMPLEMENT_OR_ASSIGN, GOODBYE.";
    }
}
