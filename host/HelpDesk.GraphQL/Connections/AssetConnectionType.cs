using GraphQL.Types;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A page of assets.</summary>
internal sealed class AssetConnectionType : ObjectGraphType<Connection<Asset>>
{
    public AssetConnectionType()
    {
        Name = "AssetConnection";
        Description = "A page of assets (Relay cursor connection), ordered by when they were registered.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetEdgeType>>>>("edges").Description("The assets with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetType>>>>("nodes").Description("The assets, without cursors.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page sits in the whole list.").Resolve(c => c.Source.PageInfo);
    }
}
