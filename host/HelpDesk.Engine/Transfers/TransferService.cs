using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Messages;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Transfers;

/// <summary>
/// Warm transfers: an agent asks another agent or team to take a ticket, with a summary and the caller's direct number
/// for next time; the receiving side accepts (the ticket is then transferred the usual way – counted, and evaluated by
/// the escalation policies) or declines with a reason. A request nobody accepts in time is declined automatically.
/// </summary>
public sealed class TransferService(
    ITransferRequestStore requests, ITicketStore tickets, TicketLifecycle lifecycle, IScheduleStore schedule, TimeProvider clock, IOptions<TransferOptions> options)
{
    /// <summary>The reason recorded on a request nobody accepted in time.</summary>
    public const string TimeoutReason = "not accepted in time";

    /// <summary>Asks another agent or team to take a ticket.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="command">The request.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The pending request (with a round-robin warning for a ticket transferred before), or the problems.</returns>
    public async Task<OperationResult<TransferRequest>> RequestAsync(string organizationId, RequestTransferCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var ticket = await tickets.FindAsync(organizationId, command.TicketId, cancellationToken);
        var errors = TransferRequestRules.Validate(ticket, command);
        if (errors.Count > 0)
        {
            return OperationResult<TransferRequest>.Failure(errors);
        }

        var waiting = await requests.ListAsync(organizationId, new TransferRequestFilter { TicketId = ticket!.Id, Status = TransferRequestStatus.Pending, Limit = 1 }, cancellationToken);
        if (waiting.Count > 0)
        {
            return OperationResult<TransferRequest>.Failure(
                [UserError.ForInput("ticketId", $"A transfer of this ticket to {waiting[0].To} is waiting to be accepted; wait for it or have it declined first.", UserErrorCode.Conflict)]);
        }

        var now = clock.GetUtcNow();
        PhoneNumber.TryNormalize(command.DirectNumber, out var directNumber, out _);
        var to = command.To!.Trim();
        var request = new TransferRequest
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            TicketId = ticket.Id,
            To = to,
            From = command.From?.Trim() ?? command.ActorId,
            Summary = command.Summary!.Trim(),
            DirectNumber = directNumber!,
            PreviousTransferCount = ticket.TransferCount,
            Warnings = RoundRobinGuard.Warn(ticket, to),
            RequestedAt = now,
            ExpiresAt = now + options.Value.TransferAcceptTimeout,
        };
        var requested = new TransferRequested
        {
            Id = Ids.New(clock), OrganizationId = organizationId, TicketId = ticket.Id, OccurredAt = now, ActorId = command.ActorId,
            RequestId = request.Id, To = request.To, From = request.From, Summary = request.Summary, DirectNumber = request.DirectNumber,
            PreviousTransferCount = request.PreviousTransferCount, Warnings = request.Warnings, ExpiresAt = request.ExpiresAt,
        };
        await requests.InsertAsync(request, [requested], cancellationToken);
        await schedule.ScheduleAsync(
            new ScheduledJob { OrganizationId = organizationId, Id = TransferTimeoutHandler.JobId(request.Id), Kind = TransferTimeoutHandler.JobKind, DueAt = request.ExpiresAt },
            cancellationToken);
        return OperationResult<TransferRequest>.Success(request);
    }

    /// <summary>Accepts a request: the ticket is transferred to the receiving side, counted, and evaluated by the escalation policies.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="actorId">Who accepts.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The accepted request and the transferred ticket, or the problems.</returns>
    public async Task<OperationResult<AcceptedTransfer>> AcceptAsync(string organizationId, string requestId, string actorId, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(organizationId, requestId, cancellationToken);
        if (TransferRequestRules.Undecided(request) is { } problem)
        {
            return OperationResult<AcceptedTransfer>.Failure([problem]);
        }

        if (clock.GetUtcNow() >= request!.ExpiresAt)
        {
            await ExpireAsync(organizationId, requestId, cancellationToken);
            return OperationResult<AcceptedTransfer>.Failure(
                [UserError.ForInput("requestId", "The transfer was not accepted in time and has been declined; the requester can ask again.", UserErrorCode.Invalid)]);
        }

        var accepted = await DecideAsync(request, TransferRequestStatus.Accepted, null, false, actorId, cancellationToken);
        if (accepted.Value is not { } decided)
        {
            return OperationResult<AcceptedTransfer>.Failure(accepted.Errors);
        }

        var transferred = await lifecycle.TransferAsync(organizationId, decided.TicketId, null, decided.To, true, actorId, cancellationToken);
        return transferred.Value is { } ticket
            ? OperationResult<AcceptedTransfer>.Success(new AcceptedTransfer(decided, ticket))
            : OperationResult<AcceptedTransfer>.Failure(transferred.Errors);
    }

    /// <summary>Declines a request with a reason; the ticket stays where it is and the requester is told.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actorId">Who declines.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The declined request, or the problems.</returns>
    public async Task<OperationResult<TransferRequest>> DeclineAsync(string organizationId, string requestId, string? reason, string actorId, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(organizationId, requestId, cancellationToken);
        if (TransferRequestRules.Undecided(request) is { } problem)
        {
            return OperationResult<TransferRequest>.Failure([problem]);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > TransferRequestRules.MaxReasonLength)
        {
            return OperationResult<TransferRequest>.Failure(
                [UserError.ForInput("reason", $"Say why the transfer is declined (1 to {TransferRequestRules.MaxReasonLength} characters); the requester is told.", UserErrorCode.Required)]);
        }

        return await DecideAsync(request!, TransferRequestStatus.Declined, reason.Trim(), false, actorId, cancellationToken);
    }

    /// <summary>Declines a request nobody accepted in time; a request decided meanwhile is left alone.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the request is decided.</returns>
    public async Task ExpireAsync(string organizationId, string requestId, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(organizationId, requestId, cancellationToken);
        if (request is { Status: TransferRequestStatus.Pending })
        {
            await DecideAsync(request, TransferRequestStatus.Declined, TimeoutReason, true, "system", cancellationToken);
        }
    }

    /// <summary>Finds a request of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The request, or <see langword="null"/>.</returns>
    public Task<TransferRequest?> FindAsync(string organizationId, string requestId, CancellationToken cancellationToken) =>
        requests.FindAsync(organizationId, requestId, cancellationToken);

    /// <summary>Lists requests, oldest first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="filter">Which requests.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The requests.</returns>
    public Task<IReadOnlyList<TransferRequest>> ListAsync(string organizationId, TransferRequestFilter filter, CancellationToken cancellationToken) =>
        requests.ListAsync(organizationId, filter, cancellationToken);

    private async Task<OperationResult<TransferRequest>> DecideAsync(
        TransferRequest request, TransferRequestStatus status, string? reason, bool expired, string actorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var decided = request with { Status = status, DecidedBy = actorId, DecidedAt = now, DeclineReason = reason, Version = request.Version + 1 };
        DomainEvent happened = status == TransferRequestStatus.Accepted
            ? new TransferAccepted { Id = Ids.New(clock), OrganizationId = request.OrganizationId, TicketId = request.TicketId, OccurredAt = now, ActorId = actorId, RequestId = request.Id, To = request.To, From = request.From }
            : new TransferDeclined
            {
                Id = Ids.New(clock), OrganizationId = request.OrganizationId, TicketId = request.TicketId, OccurredAt = now, ActorId = actorId,
                RequestId = request.Id, To = request.To, From = request.From, Reason = reason!, Expired = expired,
            };
        try
        {
            await requests.UpdateAsync(decided, request.Version, [happened], cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            var current = await requests.FindAsync(request.OrganizationId, request.Id, cancellationToken);
            return OperationResult<TransferRequest>.Failure([TransferRequestRules.Undecided(current) ?? UserError.ForInput("requestId", "Someone else changed the request; try again.", UserErrorCode.Conflict)]);
        }

        await schedule.CancelAsync(request.OrganizationId, TransferTimeoutHandler.JobId(request.Id), cancellationToken);
        return OperationResult<TransferRequest>.Success(decided);
    }
}
