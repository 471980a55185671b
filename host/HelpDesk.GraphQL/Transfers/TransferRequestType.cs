using GraphQL.Types;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Transfers;

/// <summary>A warm transfer request.</summary>
internal sealed class TransferRequestType : ObjectGraphType<TransferRequest>
{
    public const string TypeName = "TransferRequest";

    public TransferRequestType()
    {
        Name = TypeName;
        Description = "A warm transfer: another agent or team is asked to take a ticket, with the caller's details passed on before connecting; it must be accepted.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is TransferRequest;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<TicketType>("ticket")
            .Description("The ticket to transfer.")
            .ResolveAsync(async c => await c.Service<ITicketStore>().FindAsync(c.OrganizationId(), c.Source.TicketId, c.CancellationToken));
        Field<NonNullGraphType<StringGraphType>>("to").Description("The agent or team asked to take the ticket.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<StringGraphType>>("from").Description("The agent or team asking; told when the request is accepted or declined.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The caller's name and details, so the receiving side can greet them without asking again.").Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<StringGraphType>>("directNumber")
            .Description("The PhoneNumber (E.164, for example +31207654321) the caller can use to reach the receiving side directly next time; the agent tells the caller.")
            .Resolve(c => c.Source.DirectNumber);
        Field<NonNullGraphType<IntGraphType>>("previousTransferCount").Description("How many times the ticket had been transferred when the request was made.").Resolve(c => c.Source.PreviousTransferCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("Warnings for the agents, for example that the ticket was transferred before (avoid round-robin transfers).")
            .Resolve(c => c.Source.Warnings);
        Field<NonNullGraphType<TransferRequestStatusEnum>>("status").Description("Where the request stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeScalar>>("requestedAt").Description("When it was requested.").Resolve(c => c.Source.RequestedAt);
        Field<NonNullGraphType<DateTimeScalar>>("expiresAt").Description("When it is declined automatically if nobody accepted it.").Resolve(c => c.Source.ExpiresAt);
        Field<StringGraphType>("decidedBy").Description("Who accepted or declined it (system when it timed out); null while pending.").Resolve(c => c.Source.DecidedBy);
        Field<DateTimeScalar>("decidedAt").Description("When it was accepted or declined; null while pending.").Resolve(c => c.Source.DecidedAt);
        Field<StringGraphType>("declineReason").Description("Why it was declined ('not accepted in time' when it timed out); null otherwise.").Resolve(c => c.Source.DeclineReason);
    }
}
