using GraphQL.Types;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Types;

/// <summary>The last escalation decision on a ticket.</summary>
internal sealed class EscalationStateType : ObjectGraphType<EscalationState>
{
    public EscalationStateType()
    {
        Name = "EscalationState";
        Description = "The last decision an escalation policy made about a ticket, with its reason.";
        Field<NonNullGraphType<EscalationActionEnum>>("action").Description("What the policy decided.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<SupportTierEnum>>("tier").Description("The tier that owns the ticket after the decision.").Resolve(c => c.Source.Tier);
        Field<StringGraphType>("team").Description("The team the ticket was sent to, if any.").Resolve(c => c.Source.Team);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, in words an agent understands.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("pluginId").Description("The plugin whose policy decided.").Resolve(c => c.Source.PluginId);
        Field<NonNullGraphType<DateTimeScalar>>("decidedAt").Description("When the decision was made.").Resolve(c => c.Source.DecidedAt);
        Field<DateTimeScalar>("followUpAt").Description("When a follow-up is due, if one was scheduled.").Resolve(c => c.Source.FollowUpAt);
    }
}
