using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// Asks the organisation's escalation policies about a ticket the moment one of its promises is overdue (the request
/// counts the overdue promises), and records a decision that is more than keeping the ticket.
/// </summary>
public sealed partial class OverduePromiseEscalation(
    ITicketStore tickets, DeskPlugins plugins, TicketEscalation escalation, TicketChangeRunner runner, ILogger<OverduePromiseEscalation> logger)
{
    /// <summary>Evaluates and records.</summary>
    /// <param name="overdue">The overdue event, the trigger the policies see.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether a decision was recorded on the ticket.</returns>
    public async Task<bool> EvaluateAsync(PromiseOverdue overdue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overdue);
        var ticket = await tickets.FindAsync(overdue.OrganizationId, overdue.TicketId, cancellationToken);
        if (ticket is null || ticket.Status is TicketStatus.Resolved or TicketStatus.Closed)
        {
            return false;
        }

        var policies = await plugins.GetAsync<IEscalationPolicy>(ticket.OrganizationId, cancellationToken);
        var choice = policies.Count == 0 ? null : await escalation.DecideAsync(policies, ticket, EscalationTrigger.Event, overdue, null, cancellationToken);
        if (choice is null || choice.Decision.Action == EscalationAction.Keep)
        {
            return false;
        }

        // The policy remembered that it acted, so the decision is applied to the ticket as it is when written.
        var result = await runner.RunAsync(ticket.OrganizationId, ticket.Id, null, (current, _) =>
        {
            if (current.Status is TicketStatus.Resolved or TicketStatus.Closed)
            {
                return TicketChange.Refuse("ticketId", "The ticket was resolved meanwhile; the decision no longer applies.", UserErrorCode.Conflict);
            }

            var (updated, escalated) = escalation.Record(current, choice);
            return new TicketChange { Ticket = updated, Events = escalated is null ? [] : [escalated] };
        }, cancellationToken);
        if (result.Errors.Count > 0)
        {
            LogNotRecorded(logger, ticket.Id, ticket.OrganizationId, result.Errors[0].Message);
            return false;
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The escalation of ticket {TicketId} of organisation {OrganizationId} for an overdue promise was not recorded: {Problem}")]
    private static partial void LogNotRecorded(ILogger logger, string ticketId, string organizationId, string problem);
}
