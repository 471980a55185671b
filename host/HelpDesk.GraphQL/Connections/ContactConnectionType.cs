using GraphQL.Types;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A page of contacts.</summary>
internal sealed class ContactConnectionType : ObjectGraphType<Connection<Contact>>
{
    public ContactConnectionType()
    {
        Name = "ContactConnection";
        Description = "A page of contacts (Relay cursor connection), ordered by when they were registered.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactEdgeType>>>>("edges").Description("The contacts with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("nodes").Description("The contacts, without cursors.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page sits in the whole list.").Resolve(c => c.Source.PageInfo);
    }
}
