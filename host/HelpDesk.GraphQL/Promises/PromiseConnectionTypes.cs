using HelpDesk.GraphQL.Connections;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Promises;

/// <summary>A page of promises.</summary>
internal sealed class PromiseConnectionType() : ListConnectionType<PromiseType, PromiseEdgeType, Promise>("PromiseConnection", "promises", "oldest due first");

/// <summary>A promise in a connection.</summary>
internal sealed class PromiseEdgeType() : ListEdgeType<PromiseType, Promise>("PromiseEdge", "A", "promise");
