using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Surveys;

/// <summary>A ticket just resolved, with the survey link for the caller when a survey plugin planned one.</summary>
/// <param name="Ticket">The ticket after resolution.</param>
/// <param name="Survey">The survey to send, or <see langword="null"/>.</param>
public sealed record ResolvedTicket(Ticket Ticket, SurveyLink? Survey);

/// <summary>Resolves a ticket and then has the survey plugins plan the caller's survey.</summary>
public sealed partial class TicketResolution(TicketLifecycle lifecycle, SurveyService surveys, IEventLog events, ILogger<TicketResolution> logger)
{
    /// <summary>Resolves a ticket; a survey that cannot be made is logged and never undoes the resolution.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="firstContact">Whether it was solved in the first interaction.</param>
    /// <param name="actorId">Who resolves.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The resolved ticket and its survey link, or the problems.</returns>
    public async Task<OperationResult<ResolvedTicket>> ResolveAsync(
        string organizationId, string ticketId, int? expectedVersion, bool firstContact, string actorId, CancellationToken cancellationToken)
    {
        var result = await lifecycle.ResolveAsync(organizationId, ticketId, expectedVersion, firstContact, actorId, cancellationToken);
        if (result.Value is not { } ticket)
        {
            return OperationResult<ResolvedTicket>.Failure(result.Errors);
        }

        SurveyLink? survey = null;
        try
        {
            var history = await events.ReadTicketAsync(organizationId, ticketId, cancellationToken);
            if (history.Select(e => e.Event).OfType<TicketResolved>().LastOrDefault() is { } resolved)
            {
                survey = await surveys.InviteAsync(ticket, resolved, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSurveyFailed(logger, ticketId, exception);
        }

        return OperationResult<ResolvedTicket>.Success(new ResolvedTicket(ticket, survey));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {TicketId} was resolved, but its survey could not be made.")]
    private static partial void LogSurveyFailed(ILogger logger, string ticketId, Exception exception);
}
