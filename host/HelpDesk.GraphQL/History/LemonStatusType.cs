using GraphQL.Types;
using HelpDesk.Engine.History;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.History;

/// <summary>Whether a unit keeps coming back after repair.</summary>
internal sealed class LemonStatusType : ObjectGraphType<LemonStatus>
{
    public LemonStatusType()
    {
        Name = "LemonStatus";
        Description = "Whether a unit (asset) keeps coming back after repair – a 'lemon' – counted over the desk's configured window (HelpDesk:History).";
        Field<NonNullGraphType<BooleanGraphType>>("isLemon").Description("Whether it had at least the configured number of repairs within the window.").Resolve(c => c.Source.IsLemon);
        Field<NonNullGraphType<IntGraphType>>("repairCount").Description("Its repairs (tickets resolved) within the window.").Resolve(c => c.Source.RepairCount);
        Field<NonNullGraphType<IntGraphType>>("threshold").Description("The number of repairs within the window that makes a unit a lemon.").Resolve(c => c.Source.Threshold);
        Field<NonNullGraphType<DurationScalar>>("window").Description("How far back repairs count, for example P90D.").Resolve(c => c.Source.Window);
        Field<StringGraphType>("recommendation").Description("For a lemon, what to do instead of another repair: replacement or return to the vendor (RMA); null otherwise.").Resolve(c => c.Source.Recommendation);
    }
}
