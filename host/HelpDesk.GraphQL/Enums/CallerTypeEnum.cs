using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="CallerType"/>.</summary>
internal sealed class CallerTypeEnum : EnumerationGraphType<CallerType>
{
    public CallerTypeEnum()
    {
        Name = "CallerType";
        Description = "The difficult-caller type an agent marked on a contact.";
    }
}
