using GraphQL.Types;
using HelpDesk.GraphQL.Connections;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Promises;

/// <summary>A page of promises.</summary>
internal sealed class PromiseConnectionType : ObjectGraphType<Connection<Promise>>
{
    public PromiseConnectionType()
    {
        Name = "PromiseConnection";
        Description = "A page of promises (Relay cursor connection), oldest due first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PromiseEdgeType>>>>("edges").Description("The promises with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PromiseType>>>>("nodes").Description("The promises, without cursors.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page sits in the whole list.").Resolve(c => c.Source.PageInfo);
    }
}

/// <summary>A promise in a connection.</summary>
internal sealed class PromiseEdgeType : ObjectGraphType<Edge<Promise>>
{
    public PromiseEdgeType()
    {
        Name = "PromiseEdge";
        Description = "A promise in a list, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("The opaque position of this promise in the list.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<PromiseType>>("node").Description("The promise.").Resolve(c => c.Source.Node);
    }
}
