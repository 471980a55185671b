using GraphQL.Types;
using HelpDesk.GraphQL.Enums;

namespace HelpDesk.GraphQL.Inputs;

/// <summary>How tickets are ordered.</summary>
internal sealed class TicketOrderInputType : InputObjectGraphType
{
    public TicketOrderInputType()
    {
        Name = "TicketOrder";
        Description = "The order of a ticket list.";
        Field<NonNullGraphType<TicketOrderFieldEnum>>("field").Description("What to order by.");
        Field<NonNullGraphType<OrderDirectionEnum>>("direction").Description("Ascending or descending.");
    }

    public static bool IsDescending(IDictionary<string, object?>? input) =>
        input is null || !input.TryGetValue("direction", out var direction) || direction is not OrderDirection.Asc;
}
