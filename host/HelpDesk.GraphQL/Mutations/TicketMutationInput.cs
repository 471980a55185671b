using GraphQL.Types;

namespace HelpDesk.GraphQL.Mutations;

/// <summary>The fields every ticket-changing mutation's input has: which ticket, and the version last read.</summary>
internal abstract class TicketMutationInput : InputObjectGraphType
{
    protected TicketMutationInput(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket's id.");
        Field<IntGraphType>("expectedVersion").Description("The ticket version you last read; the change is refused with a CONFLICT user error if someone changed the ticket since. Omit to apply the change to the latest version.");
    }
}
