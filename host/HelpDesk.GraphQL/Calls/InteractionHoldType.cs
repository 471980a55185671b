using GraphQL.Types;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Calls;

/// <summary>One time a caller was put on hold.</summary>
internal sealed class InteractionHoldType : ObjectGraphType<InteractionHold>
{
    public InteractionHoldType()
    {
        Name = "InteractionHold";
        Description = "One time the caller was put on hold, and for how long.";
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, as the agent told the caller.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeScalar>>("heldAt").Description("When the caller was put on hold.").Resolve(c => c.Source.HeldAt);
        Field<DateTimeScalar>("resumedAt").Description("When the caller was taken off hold; null while they wait.").Resolve(c => c.Source.ResumedAt);
        Field<NonNullGraphType<DurationScalar>>("duration").Description("How long the hold lasted; up to now while the caller waits.")
            .Resolve(c => (c.Source.ResumedAt ?? c.Service<TimeProvider>().GetUtcNow()) - c.Source.HeldAt);
        Field<NonNullGraphType<IntGraphType>>("checkBackCount").Description("How many times the agent was reminded to check back with the caller.").Resolve(c => c.Source.CheckBackCount);
    }
}
