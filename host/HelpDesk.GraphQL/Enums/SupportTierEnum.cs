using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="SupportTier"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class SupportTierEnum : EnumerationGraphType<SupportTier>
{
    public SupportTierEnum()
    {
        Name = "SupportTier";
        Description = "The level of support that owns a ticket.";
    }
}
