using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Messages;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Transfers;

/// <summary>What a warm transfer request needs, every problem named at once: where to, a summary and a direct number.</summary>
public static class TransferRequestRules
{
    /// <summary>The longest agent or team name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest summary accepted.</summary>
    public const int MaxSummaryLength = 2000;

    /// <summary>The longest decline reason accepted.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Checks a request.</summary>
    /// <param name="ticket">The ticket, or <see langword="null"/> when it does not exist.</param>
    /// <param name="command">The request.</param>
    /// <returns>The problems; empty when it can be made.</returns>
    public static IReadOnlyList<UserError> Validate(Ticket? ticket, RequestTransferCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<UserError>();
        if (ticket is null)
        {
            errors.Add(UserError.ForInput("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound));
        }

        if (string.IsNullOrWhiteSpace(command.To) || command.To.Trim().Length > MaxNameLength)
        {
            errors.Add(UserError.ForInput("to", $"Name the agent or team to transfer to (1 to {MaxNameLength} characters).", UserErrorCode.Required));
        }

        if (command.From is { } from && (from.Trim().Length == 0 || from.Trim().Length > MaxNameLength))
        {
            errors.Add(UserError.ForInput("from", $"Name the agent or team asking (1 to {MaxNameLength} characters), or leave it out.", UserErrorCode.Invalid));
        }

        if (string.IsNullOrWhiteSpace(command.Summary))
        {
            errors.Add(UserError.ForInput("summary", "Give the caller's name and what they need, so the receiving side can greet them without asking again.", UserErrorCode.Required));
        }
        else if (command.Summary.Length > MaxSummaryLength)
        {
            errors.Add(UserError.ForInput("summary", $"The summary is {command.Summary.Length} characters long; keep it to {MaxSummaryLength}.", UserErrorCode.TooLong));
        }

        if (!PhoneNumber.TryNormalize(command.DirectNumber, out _, out var problem))
        {
            errors.Add(UserError.ForInput("directNumber", "The caller's direct number for next time: " + problem, string.IsNullOrWhiteSpace(command.DirectNumber) ? UserErrorCode.Required : UserErrorCode.Invalid));
        }

        return errors;
    }

    /// <summary>Checks that a request can still be decided.</summary>
    /// <param name="request">The request, or <see langword="null"/> when it does not exist.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static UserError? Undecided(TransferRequest? request) => request switch
    {
        null => UserError.ForInput("requestId", "No transfer request with this id exists in your organisation.", UserErrorCode.NotFound),
        { Status: TransferRequestStatus.Accepted } => UserError.ForInput("requestId", $"The transfer was already accepted by {request.DecidedBy}.", UserErrorCode.Invalid),
        { Status: TransferRequestStatus.Declined } => UserError.ForInput("requestId", $"The transfer was already declined: {request.DeclineReason}", UserErrorCode.Invalid),
        _ => null,
    };
}
