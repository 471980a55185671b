using GraphQL.Types;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A asset in a connection.</summary>
internal sealed class AssetEdgeType : ObjectGraphType<Edge<Asset>>
{
    public AssetEdgeType()
    {
        Name = "AssetEdge";
        Description = "A asset in a list, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("The opaque position of this asset in the list.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<AssetType>>("node").Description("The asset.").Resolve(c => c.Source.Node);
    }
}
