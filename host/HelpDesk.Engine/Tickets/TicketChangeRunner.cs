using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>
/// Applies a change to a stored ticket: reads it, refuses a stale expected version with a conflict, lets the
/// organisation's taggers and escalation policies react to the change's events, and writes ticket, notes and
/// events in one atomic compare-and-swap. Without an expected version, a lost race is retried on the fresh state.
/// </summary>
public sealed class TicketChangeRunner(ITicketStore tickets, TicketTagging tagging, TicketEscalation escalation, TicketChangeObservers observers, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary>Applies a change.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version the caller last read, to refuse the change if someone changed the ticket since; null to apply to the latest.</param>
    /// <param name="change">Computes the change from the current ticket and the time.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The changed ticket, or the problems.</returns>
    public async Task<OperationResult<Ticket>> RunAsync(
        string organizationId, string ticketId, int? expectedVersion, Func<Ticket, DateTimeOffset, TicketChange> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await tickets.FindAsync(organizationId, ticketId, cancellationToken);
            if (current is null)
            {
                return Fail("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound);
            }

            if (expectedVersion is { } expected && expected != current.Version)
            {
                return Conflict(current, expected);
            }

            var now = clock.GetUtcNow();
            var result = change(current, now);
            if (result.Errors.Count > 0 || result.Ticket is null)
            {
                return OperationResult<Ticket>.Failure(result.Errors);
            }

            var (updated, events) = await ReactAsync(result, cancellationToken);
            updated = updated with { Version = current.Version + 1, UpdatedAt = now };
            try
            {
                await tickets.UpdateAsync(updated, current.Version, events, result.Notes, cancellationToken);
                await observers.NotifyAsync(updated, events, cancellationToken);
                return OperationResult<Ticket>.Success(updated);
            }
            catch (ConcurrencyConflictException) when (expectedVersion is null && attempt < Attempts)
            {
                // Someone changed the ticket between our read and write; redo the change on what they wrote.
            }
            catch (ConcurrencyConflictException)
            {
                return Conflict(current, current.Version);
            }
        }
    }

    private async Task<(Ticket Ticket, List<DomainEvent> Events)> ReactAsync(TicketChange result, CancellationToken cancellationToken)
    {
        var ticket = result.Ticket!;
        var events = result.Events.ToList();
        if (result.TriggeringNote is { } note)
        {
            (ticket, var tagged) = await tagging.ApplyAsync(ticket, note, cancellationToken);
            AddIfAny(events, tagged);
        }

        if (events.LastOrDefault() is { } last && last is not TicketEscalated)
        {
            (ticket, var escalated) = await escalation.EvaluateAsync(ticket, EscalationTrigger.Event, last, cancellationToken);
            AddIfAny(events, escalated);
        }

        return (ticket, events);
    }

    private static void AddIfAny(List<DomainEvent> events, DomainEvent? domainEvent)
    {
        if (domainEvent is not null)
        {
            events.Add(domainEvent);
        }
    }

    private static OperationResult<Ticket> Conflict(Ticket current, int expected) => Fail(
        "expectedVersion",
        $"The ticket was changed by someone else since version {expected}; it is now at version {current.Version}. Reload it and apply your change again.",
        UserErrorCode.Conflict);

    private static OperationResult<Ticket> Fail(string field, string message, UserErrorCode code) =>
        OperationResult<Ticket>.Failure([UserError.ForInput(field, message, code)]);
}
