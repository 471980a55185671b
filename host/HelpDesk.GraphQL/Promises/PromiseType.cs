using GraphQL.Types;
using HelpDesk.GraphQL.Calls;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Promises;

/// <summary>A promise an agent made to a caller.</summary>
internal sealed class PromiseType : ObjectGraphType<Promise>
{
    public const string TypeName = "Promise";

    public PromiseType()
    {
        Name = TypeName;
        Description = "A commitment an agent made to a caller, with a concrete due time: reminded of before it, escalated when overdue, and counted in the promises-kept metric.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Promise;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The id of the ticket the promise was made on.").Resolve(c => GlobalId.Encode(TicketType.TypeName, c.Source.TicketId));
        Field<IdGraphType>("interactionId").Description("The id of the interaction it was made in, if given.")
            .Resolve(c => c.Source.InteractionId is { } id ? GlobalId.Encode(InteractionType.TypeName, id) : null);
        Field<NonNullGraphType<StringGraphType>>("text").Description("What was promised, in the agent's words.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<DateTimeScalar>>("dueAt").Description("When the promise must be kept.").Resolve(c => c.Source.DueAt);
        Field<NonNullGraphType<StringGraphType>>("madeBy").Description("The agent who made it.").Resolve(c => c.Source.MadeBy);
        Field<NonNullGraphType<DateTimeScalar>>("madeAt").Description("When it was made.").Resolve(c => c.Source.MadeAt);
        Field<NonNullGraphType<PromiseStatusEnum>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field<DateTimeScalar>("remindedAt").Description("When the agent was reminded that it is due soon, if they were.").Resolve(c => c.Source.RemindedAt);
        Field<DateTimeScalar>("overdueAt").Description("When it was marked overdue, if it was.").Resolve(c => c.Source.OverdueAt);
        Field<DateTimeScalar>("settledAt").Description("When it was kept or broken, if it was.").Resolve(c => c.Source.SettledAt);
        Field<StringGraphType>("settledBy").Description("Who kept or broke it, if someone did.").Resolve(c => c.Source.SettledBy);
        Field<NonNullGraphType<BooleanGraphType>>("keptOnTime").Description("Whether it was kept by its due time.")
            .Resolve(c => c.Source.Status == PromiseStatus.Kept && c.Source.SettledAt <= c.Source.DueAt);
        Field<StringGraphType>("brokenReason").Description("Why it will not be kept, if it was broken.").Resolve(c => c.Source.BrokenReason);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version to pass as expectedVersion when keeping or breaking it.").Resolve(c => c.Source.Version);
    }
}
