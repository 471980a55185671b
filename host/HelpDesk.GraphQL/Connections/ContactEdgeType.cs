using GraphQL.Types;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A contact in a connection.</summary>
internal sealed class ContactEdgeType : ObjectGraphType<Edge<Contact>>
{
    public ContactEdgeType()
    {
        Name = "ContactEdge";
        Description = "A contact in a list, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("The opaque position of this contact in the list.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<ContactType>>("node").Description("The contact.").Resolve(c => c.Source.Node);
    }
}
