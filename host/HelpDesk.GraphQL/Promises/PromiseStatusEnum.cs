using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Promises;

/// <summary>GraphQL enum for <see cref="PromiseStatus"/>.</summary>
internal sealed class PromiseStatusEnum : EnumerationGraphType<PromiseStatus>
{
    public PromiseStatusEnum()
    {
        Name = "PromiseStatus";
        Description = "Where a promise made to a caller stands: open, overdue (past its due time, not kept), kept, or broken (given up with a reason).";
    }
}
