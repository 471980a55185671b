using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Transfers;
using HelpDesk.GraphQL.Execution;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using static HelpDesk.GraphQL.Schema.InputValues;

namespace HelpDesk.GraphQL.Transfers;

/// <summary>Warm transfers: requestTransfer, acceptTransfer, declineTransfer, the transferRequests query and the incomingTransfers and transferOutcomes subscriptions.</summary>
internal static class TransferFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferRequestType>>>>("transferRequests")
            .Description("The transfer requests made to an agent or team, oldest first (at most 100).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "The receiving agent or team, matched without regard to case.")
            .Argument<TransferRequestStatusEnum>("status", "Only requests of this status; PENDING when left out.")
            .ResolveAsync(async c => await c.Service<TransferService>().ListAsync(
                c.OrganizationId(),
                new TransferRequestFilter { To = c.GetArgument<string>("to"), Status = c.GetArgument<TransferRequestStatus?>("status") ?? TransferRequestStatus.Pending },
                c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RequestTransferPayloadType>, OperationResult<TransferRequest>>("requestTransfer")
            .Description("Asks another agent or team to take a ticket (a warm transfer) with a summary and the caller's direct number; the receiving side must accept. A ticket transferred before gets a warning.")
            .Argument<NonNullGraphType<RequestTransferInputType>>("input", "The request.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var ticketId = GlobalId.DecodeFor(TicketType.TypeName, Get<string>(input, "ticketId"));
                if (ticketId is null)
                {
                    return OperationResult<TransferRequest>.Failure([UserError.ForInput("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound)]);
                }

                var command = new RequestTransferCommand
                {
                    TicketId = ticketId, To = Get<string>(input, "to"), From = Get<string>(input, "from"), Summary = Get<string>(input, "summary"), DirectNumber = Get<string>(input, "directNumber"), ActorId = c.ActorId(),
                };
                return await c.Service<TransferService>().RequestAsync(c.OrganizationId(), command, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<AcceptTransferPayloadType>, OperationResult<AcceptedTransfer>>("acceptTransfer")
            .Description("Accepts a warm transfer: the ticket is transferred to the receiving side, its transfer count raised, and the escalation policies evaluate it.")
            .Argument<NonNullGraphType<AcceptTransferInputType>>("input", "The request to accept.")
            .ResolveAsync(async c =>
            {
                var requestId = RequestId(c);
                return requestId is null
                    ? OperationResult<AcceptedTransfer>.Failure([NotFound()])
                    : await c.Service<TransferService>().AcceptAsync(c.OrganizationId(), requestId, c.ActorId(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<DeclineTransferPayloadType>, OperationResult<TransferRequest>>("declineTransfer")
            .Description("Declines a warm transfer with a reason; the ticket stays where it is and the requester is told (transferOutcomes).")
            .Argument<NonNullGraphType<DeclineTransferInputType>>("input", "The request to decline, and why.")
            .ResolveAsync(async c =>
            {
                var requestId = RequestId(c);
                return requestId is null
                    ? OperationResult<TransferRequest>.Failure([NotFound()])
                    : await c.Service<TransferService>().DeclineAsync(c.OrganizationId(), requestId, Get<string>(c.GetArgument<Dictionary<string, object?>>("input"), "reason"), c.ActorId(), c.CancellationToken);
            });
    }

    public static void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<TransferRequestType>>("incomingTransfers")
            .Description("Streams the warm transfer requests made to an agent or team from now on, with the summary, the direct number and any warnings, so they can accept or decline.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "The receiving agent or team, matched without regard to case.")
            .ResolveStream(c =>
            {
                var (organizationId, key, transfers) = (c.OrganizationId(), AddresseeKey.Of(c.GetArgument<string>("to")), c.Service<TransferService>());
                var feed = c.Service<IEventFeed>();
                return new AsyncEnumerableObservable<TransferRequest>(token => EventStreams.OfAsync<TransferRequested, TransferRequest>(
                    feed, organizationId, e => AddresseeKey.Of(e.To) == key, (e, ct) => transfers.FindAsync(organizationId, e.RequestId, ct), token));
            });

        subscription.Field<NonNullGraphType<TransferRequestType>>("transferOutcomes")
            .Description("Streams warm transfer requests as they are accepted or declined (also when nobody accepted them in time), so the requester is told.")
            .Argument<StringGraphType>("from", "Only the requests of this requesting agent or team, matched without regard to case; all when left out.")
            .ResolveStream(c =>
            {
                var (organizationId, from, transfers) = (c.OrganizationId(), c.GetArgument<string?>("from"), c.Service<TransferService>());
                var key = from is null ? null : AddresseeKey.Of(from);
                var feed = c.Service<IEventFeed>();
                return new AsyncEnumerableObservable<TransferRequest>(token => EventStreams.OfAsync<DomainEvent, TransferRequest>(
                    feed,
                    organizationId,
                    e => e switch
                    {
                        TransferAccepted a => key is null || AddresseeKey.Of(a.From) == key,
                        TransferDeclined d => key is null || AddresseeKey.Of(d.From) == key,
                        _ => false,
                    },
                    (e, ct) => transfers.FindAsync(organizationId, e is TransferAccepted a ? a.RequestId : ((TransferDeclined)e).RequestId, ct),
                    token));
            });
    }

    public static async Task<TransferRequest?> FindAsync(IResolveFieldContext context, string id) =>
        await context.Service<TransferService>().FindAsync(context.OrganizationId(), id, context.CancellationToken);

    private static string? RequestId(IResolveFieldContext context) =>
        GlobalId.DecodeFor(TransferRequestType.TypeName, Get<string>(context.GetArgument<Dictionary<string, object?>>("input"), "requestId"));

    private static UserError NotFound() => UserError.ForInput("requestId", "No transfer request with this id exists in your organisation.", UserErrorCode.NotFound);

}
