using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Transfers;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Transfers;

/// <summary>The result of requestTransfer.</summary>
internal sealed class RequestTransferPayloadType : ObjectGraphType<OperationResult<TransferRequest>>
{
    public RequestTransferPayloadType()
    {
        Name = "RequestTransferPayload";
        Description = "The result of requestTransfer.";
        Field<TransferRequestType>("transferRequest").Description("The pending request; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("Warnings that do not stop the transfer, for example that the ticket was already transferred (avoid round-robin transfers); empty when none.")
            .Resolve(c => c.Source.Value?.Warnings ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The result of acceptTransfer.</summary>
internal sealed class AcceptTransferPayloadType : ObjectGraphType<OperationResult<AcceptedTransfer>>
{
    public AcceptTransferPayloadType()
    {
        Name = "AcceptTransferPayload";
        Description = "The result of acceptTransfer.";
        Field<TransferRequestType>("transferRequest").Description("The accepted request; null when there are user errors.").Resolve(c => c.Source.Value?.Request);
        Field<TicketType>("ticket").Description("The ticket after the transfer, its transfer count raised; null when there are user errors.").Resolve(c => c.Source.Value?.Ticket);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The result of declineTransfer.</summary>
internal sealed class DeclineTransferPayloadType : ObjectGraphType<OperationResult<TransferRequest>>
{
    public DeclineTransferPayloadType()
    {
        Name = "DeclineTransferPayload";
        Description = "The result of declineTransfer.";
        Field<TransferRequestType>("transferRequest").Description("The declined request; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}
