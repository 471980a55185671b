using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Calls;

/// <summary>GraphQL enum for <see cref="InteractionChannel"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class InteractionChannelEnum : EnumerationGraphType<InteractionChannel>
{
    public InteractionChannelEnum()
    {
        Name = "InteractionChannel";
        Description = "How the caller reached the desk: a phone call, a chat or an e-mail thread.";
    }
}
