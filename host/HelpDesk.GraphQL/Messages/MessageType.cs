using GraphQL.Types;
using HelpDesk.Engine.Messages;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Messages;

/// <summary>A message taken for someone who could not take a call.</summary>
internal sealed class MessageType : ObjectGraphType<CallerMessage>
{
    public const string TypeName = "Message";

    public MessageType()
    {
        Name = TypeName;
        Description = "A message taken for someone who could not take a call: everything needed to call the caller back, tracked until they were.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is CallerMessage;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<TicketType>("ticket")
            .Description("The ticket the message belongs to: the one named when it was taken, or a ticket of its own tagged 'message'.")
            .ResolveAsync(async c => await c.Service<ITicketStore>().FindAsync(c.OrganizationId(), c.Source.TicketId, c.CancellationToken));
        Field<NonNullGraphType<StringGraphType>>("callerFirstName").Description("The caller's first name.").Resolve(c => c.Source.CallerFirstName);
        Field<NonNullGraphType<StringGraphType>>("callerLastName").Description("The caller's last name.").Resolve(c => c.Source.CallerLastName);
        Field<NonNullGraphType<StringGraphType>>("callerOrganization").Description("The caller's organisation.").Resolve(c => c.Source.CallerOrganization);
        Field<NonNullGraphType<StringGraphType>>("for").Description("The person or team the message is for.").Resolve(c => c.Source.For);
        Field<NonNullGraphType<StringGraphType>>("phone").Description("The PhoneNumber to call back on, in E.164 form (for example +31201234567).").Resolve(c => c.Source.Phone);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The message.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<MessageUrgencyEnum>>("urgency").Description("How urgently to call back.").Resolve(c => c.Source.Urgency);
        Field<NonNullGraphType<DateTimeScalar>>("callBackFrom").Description("The start of the time the caller can be called back.").Resolve(c => c.Source.CallBackFrom);
        Field<NonNullGraphType<DateTimeScalar>>("callBackTo").Description("The end of the time the caller can be called back.").Resolve(c => c.Source.CallBackTo);
        Field<NonNullGraphType<BooleanGraphType>>("callBackWindowPassed")
            .Description("Whether the call-back window has ended without a call-back (the message is overdue).")
            .Resolve(c => c.Service<MessageService>().IsOverdue(c.Source));
        Field<NonNullGraphType<StringGraphType>>("callerTimeZone").Description("The caller's TimeZone (IANA id, for example Europe/Amsterdam).").Resolve(c => c.Source.CallerTimeZone);
        Field<NonNullGraphType<DateTimeScalar>>("calledAt").Description("The date and time of the call.").Resolve(c => c.Source.CalledAt);
        Field<NonNullGraphType<StringGraphType>>("takenBy").Description("The agent who took the message.").Resolve(c => c.Source.TakenBy);
        Field<NonNullGraphType<MessageStatusEnum>>("status").Description("Whether the caller was called back.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("calledBackBy").Description("Who called the caller back; null while open.").Resolve(c => c.Source.CalledBackBy);
        Field<DateTimeScalar>("calledBackAt").Description("When the caller was called back; null while open.").Resolve(c => c.Source.CalledBackAt);
        Field<StringGraphType>("callBackOutcome").Description("What came of the call-back; null while open.").Resolve(c => c.Source.CallBackOutcome);
        Field<DateTimeScalar>("overdueAt").Description("When the message was reported overdue (its window ended without a call-back); null if it was not.").Resolve(c => c.Source.OverdueAt);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version to pass as expectedVersion when changing the message.").Resolve(c => c.Source.Version);
    }
}
