using GraphQL.Types;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A Relay cursor connection of one node type: its edges, its nodes and where the page sits.</summary>
/// <typeparam name="TNodeType">The GraphQL type of the nodes.</typeparam>
/// <typeparam name="TEdgeType">The GraphQL type of the edges.</typeparam>
/// <typeparam name="T">The nodes' .NET type.</typeparam>
internal abstract class ListConnectionType<TNodeType, TEdgeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    /// <param name="name">The type's name, for example <c>ContactConnection</c>.</param>
    /// <param name="plural">What the nodes are, in the plural: <c>contacts</c>.</param>
    /// <param name="order">How the list is ordered, in words.</param>
    protected ListConnectionType(string name, string plural, string order)
    {
        Name = name;
        Description = $"A page of {plural} (Relay cursor connection), {order}.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Description($"The {plural} with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description($"The {plural}, without cursors.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page sits in the whole list.").Resolve(c => c.Source.PageInfo);
    }
}

/// <summary>One node of a <see cref="ListConnectionType{TNodeType, TEdgeType, T}"/> with its cursor.</summary>
/// <typeparam name="TNodeType">The GraphQL type of the node.</typeparam>
/// <typeparam name="T">The node's .NET type.</typeparam>
internal abstract class ListEdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    /// <param name="name">The type's name, for example <c>ContactEdge</c>.</param>
    /// <param name="article">The article before the noun: <c>A</c> or <c>An</c>.</param>
    /// <param name="noun">What the node is: <c>contact</c>.</param>
    protected ListEdgeType(string name, string article, string noun)
    {
        Name = name;
        Description = $"{article} {noun} in a list, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description($"The opaque position of this {noun} in the list.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {noun}.").Resolve(c => c.Source.Node);
    }
}
