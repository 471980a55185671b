using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="TagSource"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class TagSourceEnum : EnumerationGraphType<TagSource>
{
    public TagSourceEnum()
    {
        Name = "TagSource";
        Description = "Who put a tag on a ticket.";
    }
}
