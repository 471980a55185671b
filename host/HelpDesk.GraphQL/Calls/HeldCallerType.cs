using GraphQL.Types;
using HelpDesk.Engine.Calls;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Calls;

/// <summary>A caller waiting on hold, with their place in the queue.</summary>
internal sealed class HeldCallerType : ObjectGraphType<HeldCaller>
{
    public HeldCallerType()
    {
        Name = "HeldCaller";
        Description = "A caller waiting on hold. Held callers are served first in, first out: position 1 was put on hold first.";
        Field<NonNullGraphType<IntGraphType>>("position").Description("The place in the queue; 1 is served first.").Resolve(c => c.Source.Position);
        Field<NonNullGraphType<InteractionType>>("interaction").Description("The held conversation.").Resolve(c => c.Source.Interaction);
        Field<NonNullGraphType<StringGraphType>>("agentId").Description("The agent who put the caller on hold.").Resolve(c => c.Source.Interaction.AgentId);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the caller is on hold.").Resolve(c => c.Source.Hold.Reason);
        Field<NonNullGraphType<DateTimeScalar>>("heldAt").Description("When the caller was put on hold.").Resolve(c => c.Source.Hold.HeldAt);
        Field<NonNullGraphType<DurationScalar>>("waitedFor").Description("How long the caller has waited, when the queue was read.").Resolve(c => c.Source.WaitedFor);
        Field<NonNullGraphType<IntGraphType>>("checkBackCount").Description("How many times the agent was reminded to check back with this caller.").Resolve(c => c.Source.Hold.CheckBackCount);
    }
}
