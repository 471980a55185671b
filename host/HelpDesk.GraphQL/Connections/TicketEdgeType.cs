using GraphQL.Types;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A ticket in a connection.</summary>
internal sealed class TicketEdgeType : ObjectGraphType<Edge<Ticket>>
{
    public TicketEdgeType()
    {
        Name = "TicketEdge";
        Description = "A ticket in a list, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("The opaque position of this ticket in the list.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TicketType>>("node").Description("The ticket.").Resolve(c => c.Source.Node);
    }
}
