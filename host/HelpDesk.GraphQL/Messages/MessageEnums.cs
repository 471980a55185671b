using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Messages;

/// <summary>GraphQL enum for <see cref="MessageUrgency"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class MessageUrgencyEnum : EnumerationGraphType<MessageUrgency>
{
    public MessageUrgencyEnum()
    {
        Name = "MessageUrgency";
        Description = "How urgently the addressee of a message should call back: LOW, NORMAL, HIGH or URGENT (the caller is blocked).";
    }
}

/// <summary>GraphQL enum for <see cref="MessageStatus"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class MessageStatusEnum : EnumerationGraphType<MessageStatus>
{
    public MessageStatusEnum()
    {
        Name = "MessageStatus";
        Description = "Whether a message's caller was called back: OPEN or CALLED_BACK.";
    }
}
