using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A page of assets.</summary>
internal sealed class AssetConnectionType() : ListConnectionType<AssetType, AssetEdgeType, Asset>("AssetConnection", "assets", "ordered by when they were registered");
