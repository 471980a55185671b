using GraphQL.Types;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Messages;

/// <summary>The input of takeMessage.</summary>
internal sealed class TakeMessageInputType : InputObjectGraphType
{
    public TakeMessageInputType()
    {
        Name = "TakeMessageInput";
        Description = "A message for someone who could not take a call. All fields but ticketId and calledAt are required; every missing or invalid one is named in userErrors at once.";
        Field<IdGraphType>("ticketId").Description("The ticket the message belongs to; without one, the message opens a ticket of its own tagged 'message'.");
        Field<StringGraphType>("callerFirstName").Description("The caller's first name.");
        Field<StringGraphType>("callerLastName").Description("The caller's last name.");
        Field<StringGraphType>("callerOrganization").Description("The caller's organisation.");
        Field<StringGraphType>("for").Description("The person or team the message is for.");
        Field<StringGraphType>("phone").Description("The PhoneNumber to call back on, with country and area code (E.164: + and 8 to 15 digits, for example +31 20 123 4567); a number without country code is refused.");
        Field<StringGraphType>("text").Description("The message (at most 2000 characters).");
        Field<MessageUrgencyEnum>("urgency").Description("How urgently to call back.");
        Field<DateTimeScalar>("callBackFrom").Description("The start of the time the caller can be called back; not in the past.");
        Field<DateTimeScalar>("callBackTo").Description("The end of the time the caller can be called back; in the future and after callBackFrom.");
        Field<StringGraphType>("callerTimeZone").Description("The caller's TimeZone, an IANA id such as Europe/Amsterdam.");
        Field<DateTimeScalar>("calledAt").Description("The date and time of the call; now when left out.");
        Field<StringGraphType>("takenBy").Description("The agent taking the message.");
    }
}

/// <summary>The input of markMessageCalledBack.</summary>
internal sealed class MarkMessageCalledBackInputType : InputObjectGraphType
{
    public MarkMessageCalledBackInputType()
    {
        Name = "MarkMessageCalledBackInput";
        Description = "Who called a message's caller back, when, and what came of it.";
        Field<NonNullGraphType<IdGraphType>>("messageId").Description("The message.");
        Field<StringGraphType>("calledBackBy").Description("Required: who called back.");
        Field<DateTimeScalar>("calledBackAt").Description("When; now when left out. Between the caller's call and now.");
        Field<StringGraphType>("outcome").Description("Required: what came of the call-back, for example 'solved' or 'voicemail left'.");
        Field<IntGraphType>("expectedVersion").Description("The message version last read; the change is refused with CONFLICT if someone changed it since.");
    }
}
