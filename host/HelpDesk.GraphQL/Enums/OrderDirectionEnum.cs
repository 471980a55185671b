using GraphQL.Types;

namespace HelpDesk.GraphQL.Enums;

/// <summary>Sort direction.</summary>
internal sealed class OrderDirectionEnum : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionEnum()
    {
        Name = "OrderDirection";
        Description = "The direction of an ordering.";
    }
}

/// <summary>Sort direction values.</summary>
internal enum OrderDirection
{
    /// <summary>Smallest first.</summary>
    Asc,

    /// <summary>Largest first.</summary>
    Desc,
}
