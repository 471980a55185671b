using GraphQL.Types;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A page of tickets.</summary>
internal sealed class TicketConnectionType : ObjectGraphType<Connection<Ticket>>
{
    public TicketConnectionType()
    {
        Name = "TicketConnection";
        Description = "A page of tickets (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketEdgeType>>>>("edges").Description("The tickets with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketType>>>>("nodes").Description("The tickets, without cursors.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page sits in the whole list.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many tickets match the filter in all.").ResolveAsync(async c => checked((int)await c.Source.CountTotal(c.CancellationToken)));
    }
}
