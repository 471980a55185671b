using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Escalation;

/// <summary>
/// One pass of the escalation timer: asks each organisation's policies about each of its open tickets, a page at a
/// time, and records the decisions that are more than keeping the ticket. A failing organisation or ticket is
/// logged and skipped, so it never holds up the others.
/// </summary>
public sealed partial class EscalationSweep(
    IOrganizationStore organizations,
    ITicketStore tickets,
    DeskPlugins plugins,
    TicketEscalation escalation,
    TicketChangeRunner runner,
    ILogger<EscalationSweep> logger)
{
    private const int PageSize = 100;

    /// <summary>Checks every organisation's open tickets once.</summary>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>How many decisions were recorded on tickets.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var recorded = 0;
        string? after = null;
        while (true)
        {
            var ids = await organizations.ListIdsAsync(after, PageSize, cancellationToken);
            foreach (var organizationId in ids)
            {
                try
                {
                    recorded += await CheckOrganizationAsync(organizationId, cancellationToken);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    LogOrganizationFailed(logger, organizationId, e);
                }
            }

            if (ids.Count < PageSize)
            {
                return recorded;
            }

            after = ids[^1];
        }
    }

    private async Task<int> CheckOrganizationAsync(string organizationId, CancellationToken cancellationToken)
    {
        var policies = await plugins.GetAsync<IEscalationPolicy>(organizationId, cancellationToken);
        if (policies.Count == 0)
        {
            return 0;
        }

        var timeZone = (await organizations.FindAsync(organizationId, cancellationToken))?.TimeZone ?? "UTC";
        var recorded = 0;
        long? afterNumber = null;
        while (true)
        {
            var query = new TicketQuery { Filter = new TicketFilter { Statuses = SimilarTickets.OpenStatuses }, Descending = false, AfterNumber = afterNumber, Limit = PageSize };
            var page = await tickets.ListAsync(organizationId, query, cancellationToken);
            foreach (var ticket in page.Items)
            {
                try
                {
                    recorded += await CheckTicketAsync(policies, ticket, timeZone, cancellationToken) ? 1 : 0;
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    LogTicketFailed(logger, ticket.Id, organizationId, e);
                }
            }

            if (!page.HasMore || page.Items.Count == 0)
            {
                return recorded;
            }

            afterNumber = page.Items[^1].Number;
        }
    }

    private async Task<bool> CheckTicketAsync(IReadOnlyList<Plugins.ActiveComponent<IEscalationPolicy>> policies, Ticket ticket, string timeZone, CancellationToken cancellationToken)
    {
        var choice = await escalation.DecideAsync(policies, ticket, EscalationTrigger.Timer, null, timeZone, cancellationToken);
        if (choice is null || choice.Decision.Action == EscalationAction.Keep)
        {
            return false;
        }

        // The policy has now remembered that it acted, so the decision is not asked for again: it is applied to the
        // ticket as it is when written, retried on what an agent wrote in between, and dropped only if it no longer fits.
        var result = await runner.RunAsync(ticket.OrganizationId, ticket.Id, null, (current, _) => Apply(current, ticket, choice), cancellationToken);
        if (result.Errors.Count > 0)
        {
            LogNotRecorded(logger, ticket.Id, ticket.OrganizationId, choice.Decision.Action, result.Errors[0].Message);
            return false;
        }

        return true;
    }

    private TicketChange Apply(Ticket current, Ticket evaluated, EscalationChoice choice)
    {
        if (!SimilarTickets.IsOpen(current))
        {
            return TicketChange.Refuse("ticketId", $"The ticket was {current.Status.ToString().ToLowerInvariant()} while it was checked; the decision no longer applies.", UserErrorCode.Conflict);
        }

        if (current.Escalation is { } last && last.Action == choice.Decision.Action && last.Reason == choice.Decision.Reason)
        {
            return TicketChange.Refuse("ticketId", "The same decision is already recorded on the ticket.", UserErrorCode.Conflict);
        }

        if (choice.Decision.Action == EscalationAction.Escalate && current.Tier != evaluated.Tier)
        {
            return TicketChange.Refuse("ticketId", "Someone moved the ticket to another tier while it was checked; their decision stands.", UserErrorCode.Conflict);
        }

        var (updated, escalated) = escalation.Record(current, choice);
        return new TicketChange { Ticket = updated, Events = escalated is null ? [] : [escalated] };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Escalation check of organisation {OrganizationId} failed; the other organisations are checked.")]
    private static partial void LogOrganizationFailed(ILogger logger, string organizationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Escalation check of ticket {TicketId} of organisation {OrganizationId} failed; the other tickets are checked.")]
    private static partial void LogTicketFailed(ILogger logger, string ticketId, string organizationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation decision {Action} for ticket {TicketId} of organisation {OrganizationId} was not recorded: {Problem}")]
    private static partial void LogNotRecorded(ILogger logger, string ticketId, string organizationId, EscalationAction action, string problem);
}
