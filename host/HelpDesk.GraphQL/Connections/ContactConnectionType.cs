using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>A page of contacts.</summary>
internal sealed class ContactConnectionType() : ListConnectionType<ContactType, ContactEdgeType, Contact>("ContactConnection", "contacts", "ordered by when they were registered");
