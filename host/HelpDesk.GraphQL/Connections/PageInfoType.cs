using GraphQL.Types;

namespace HelpDesk.GraphQL.Connections;

/// <summary>Relay page information.</summary>
internal sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in the whole list, for fetching the next or previous page.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether more items follow the page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether items come before the page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the first item; pass it as before to go back.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The cursor of the last item; pass it as after to go on.").Resolve(c => c.Source.EndCursor);
    }
}
