using GraphQL.Types;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Promises;

/// <summary>What makePromise takes.</summary>
internal sealed class MakePromiseInputType : InputObjectGraphType
{
    public MakePromiseInputType()
    {
        Name = "MakePromiseInput";
        Description = "A promise to a caller. It needs a concrete due time: 'as soon as possible' is no time a caller can count on.";
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket the promise is made on.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("What you promise, for example 'I will call you back with the repair status'.");
        Field<DateTimeScalar>("dueAt").Description("When you will have kept it, in the future; required – a promise without one is refused naming this field.");
        Field<IdGraphType>("interactionId").Description("The interaction (call, chat, e-mail) the promise is made in, if any.");
    }
}

/// <summary>What keepPromise takes.</summary>
internal sealed class KeepPromiseInputType : InputObjectGraphType
{
    public KeepPromiseInputType()
    {
        Name = "KeepPromiseInput";
        Description = "Marks a promise kept; whether it was on time is recorded.";
        Field<NonNullGraphType<IdGraphType>>("promiseId").Description("The promise.");
        Field<IntGraphType>("expectedVersion").Description("The promise version you last read; refused with a CONFLICT user error if it changed since. Omit to apply to the latest.");
    }
}

/// <summary>What breakPromise takes.</summary>
internal sealed class BreakPromiseInputType : InputObjectGraphType
{
    public BreakPromiseInputType()
    {
        Name = "BreakPromiseInput";
        Description = "Gives a promise up because it cannot be kept; tell the caller, and make a new promise you can keep.";
        Field<NonNullGraphType<IdGraphType>>("promiseId").Description("The promise.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why it will not be kept.");
        Field<IntGraphType>("expectedVersion").Description("The promise version you last read; refused with a CONFLICT user error if it changed since. Omit to apply to the latest.");
    }
}
