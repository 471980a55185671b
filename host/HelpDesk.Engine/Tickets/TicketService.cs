using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>The ticket use cases: open, find and list, with the organisation's plugins applied.</summary>
public sealed class TicketService(
    ITicketStore tickets,
    IContactStore contacts,
    IAssetStore assets,
    TicketTagging tagging,
    TicketEscalation escalation,
    IEnumerable<ITicketOpeningRule> openingRules,
    TicketChangeObservers observers,
    TimeProvider clock)
{
    /// <summary>Opens a ticket: validates, tags it, evaluates escalation, and stores it with its events in one write.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="command">What to open.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored ticket, or the input errors.</returns>
    public async Task<OperationResult<Ticket>> OpenAsync(string organizationId, OpenTicketCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = OpenTicketValidator.Validate(command);
        if (errors.Count > 0)
        {
            return OperationResult<Ticket>.Failure(errors);
        }

        if (command.ContactId is { } contactId && await contacts.FindAsync(organizationId, contactId, cancellationToken) is null)
        {
            return OperationResult<Ticket>.Failure([UserError.ForInput("contactId", "No contact with this id exists in your organisation.", UserErrorCode.NotFound)]);
        }

        if (command.AssetId is { } assetId && await assets.FindAsync(organizationId, assetId, cancellationToken) is null)
        {
            return OperationResult<Ticket>.Failure([UserError.ForInput("assetId", "No asset with this id exists in your organisation.", UserErrorCode.NotFound)]);
        }

        if (command.IdempotencyKey is { } key && await tickets.FindByIdempotencyKeyAsync(organizationId, key, cancellationToken) is { } earlier)
        {
            return OperationResult<Ticket>.Success(earlier);
        }

        var now = clock.GetUtcNow();
        var ticket = new Ticket
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            Number = await tickets.NextNumberAsync(organizationId, cancellationToken),
            Subject = command.Subject.Trim(),
            Description = command.Description,
            Priority = command.Priority,
            ContactId = command.ContactId,
            AssetId = command.AssetId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var opened = new TicketOpened
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            TicketId = ticket.Id,
            OccurredAt = now,
            ActorId = command.ActorId,
            Number = ticket.Number,
            Priority = ticket.Priority,
            ContactId = ticket.ContactId,
            AssetId = ticket.AssetId,
        };
        var events = new List<DomainEvent> { opened };
        foreach (var rule in openingRules)
        {
            (ticket, var ruled) = await rule.ApplyAsync(ticket, cancellationToken);
            AddIfAny(events, ruled);
        }

        (ticket, var tagged) = await tagging.ApplyAsync(ticket, null, cancellationToken);
        AddIfAny(events, tagged);
        (ticket, var escalated) = await escalation.EvaluateAsync(ticket, EscalationTrigger.Event, opened, cancellationToken);
        AddIfAny(events, escalated);

        try
        {
            await tickets.InsertAsync(ticket, command.IdempotencyKey, events, cancellationToken);
            await observers.NotifyAsync(ticket, events, cancellationToken);
            return OperationResult<Ticket>.Success(ticket);
        }
        catch (DuplicateKeyException) when (command.IdempotencyKey is not null)
        {
            // A concurrent retry with the same key won the race: answer with its ticket.
            var winner = await tickets.FindByIdempotencyKeyAsync(organizationId, command.IdempotencyKey, cancellationToken);
            return winner is not null ? OperationResult<Ticket>.Success(winner) : throw new InvalidOperationException("The idempotency key clashed but no ticket holds it.");
        }
    }

    /// <summary>Finds a ticket of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ticket, or <see langword="null"/>.</returns>
    public Task<Ticket?> FindAsync(string organizationId, string ticketId, CancellationToken cancellationToken) =>
        tickets.FindAsync(organizationId, ticketId, cancellationToken);

    private static void AddIfAny(List<DomainEvent> events, DomainEvent? domainEvent)
    {
        if (domainEvent is not null)
        {
            events.Add(domainEvent);
        }
    }
}
