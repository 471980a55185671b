using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>An asset in a connection.</summary>
internal sealed class AssetEdgeType() : ListEdgeType<AssetType, Asset>("AssetEdge", "An", "asset");
