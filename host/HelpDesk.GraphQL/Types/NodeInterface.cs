using GraphQL.Types;

namespace HelpDesk.GraphQL.Types;

/// <summary>The <c>Node</c> interface every entity implements, so any id can be fetched with <c>node(id)</c>.</summary>
internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with an opaque, globally unique id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id; pass it to node(id) to fetch the object again.");
    }
}
