using GraphQL.Types;
using HelpDesk.Engine.Escalation;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Escalation;

/// <summary>One decision of a simulated escalation policy run.</summary>
internal sealed class SimulatedEscalationType : ObjectGraphType<SimulatedEscalation>
{
    public SimulatedEscalationType()
    {
        Name = "SimulatedEscalation";
        Description = "What the organisation's escalation policies would have decided about a ticket at one moment of its history, and why.";
        Field<NonNullGraphType<DateTimeScalar>>("at").Description("The moment of the decision.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<EscalationTriggerEnum>>("trigger").Description("Whether an event on the ticket or the periodic check asked the policies.").Resolve(c => c.Source.Trigger);
        Field<StringGraphType>("eventType").Description("The type of the event that asked (for example ticket.replied); null for the periodic check.").Resolve(c => c.Source.EventType);
        Field<NonNullGraphType<EscalationActionEnum>>("action").Description("What the policy would have done.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<SupportTierEnum>>("tier").Description("The tier that would own the ticket after the decision.").Resolve(c => c.Source.Tier);
        Field<StringGraphType>("team").Description("The team the ticket would have been sent to, if any.").Resolve(c => c.Source.Team);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, in words an agent understands.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("pluginId").Description("The plugin whose policy decided.").Resolve(c => c.Source.PluginId);
    }
}
