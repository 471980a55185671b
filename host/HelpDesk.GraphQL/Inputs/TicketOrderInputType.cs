using GraphQL.Types;
using HelpDesk.Engine.Storage;
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

    /// <summary>Whether the order is descending; it is when no order was given.</summary>
    public static bool IsDescending(IDictionary<string, object?>? input) =>
        input is null || !input.TryGetValue("direction", out var direction) || direction is not OrderDirection.Asc;

    /// <summary>What the stores order by; by number when no order was given (creation time is the same order).</summary>
    public static TicketSort ToSort(IDictionary<string, object?>? input) =>
        input is not null && input.TryGetValue("field", out var field)
            ? field switch
            {
                TicketOrderField.UpdatedAt => TicketSort.UpdatedAt,
                TicketOrderField.Priority => TicketSort.Priority,
                _ => TicketSort.Number,
            }
            : TicketSort.Number;
}
