using GraphQL.Types;
using HelpDesk.Engine.Calls;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Calls;

/// <summary>One stay of an interaction in a step.</summary>
internal sealed class InteractionStepVisitType : ObjectGraphType<StepVisit>
{
    public InteractionStepVisitType()
    {
        Name = "InteractionStepVisit";
        Description = "One stay of a conversation in a call step, and how long it lasted.";
        Field<NonNullGraphType<CallStepEnum>>("step").Description("The step.").Resolve(c => c.Source.Step);
        Field<NonNullGraphType<DateTimeScalar>>("enteredAt").Description("When the conversation entered the step.").Resolve(c => c.Source.EnteredAt);
        Field<DateTimeScalar>("leftAt").Description("When it moved on (or ended); null while it is still in the step.").Resolve(c => c.Source.LeftAt);
        Field<NonNullGraphType<DurationScalar>>("duration").Description("The time spent in the step; up to now while it is still in it.").Resolve(c => c.Source.Duration);
    }
}
