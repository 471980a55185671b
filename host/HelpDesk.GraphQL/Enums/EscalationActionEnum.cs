using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="EscalationAction"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class EscalationActionEnum : EnumerationGraphType<EscalationAction>
{
    public EscalationActionEnum()
    {
        Name = "EscalationAction";
        Description = "What an escalation policy decided.";
    }
}
