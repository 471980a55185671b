using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A contact in a connection.</summary>
internal sealed class ContactEdgeType() : ListEdgeType<ContactType, Contact>("ContactEdge", "A", "contact");
