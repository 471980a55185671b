using HelpDesk.Engine.Errors;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>Status, escalation, tags and edits.</summary>
public sealed partial class TicketLifecycle
{
    /// <summary>Resolves the ticket.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="firstContact">Whether it was solved in the first interaction with the caller.</param>
    /// <param name="actorId">Who resolves.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket after the change, or the problems.</returns>
    public Task<OperationResult<Ticket>> ResolveAsync(
        string organizationId, string ticketId, int? expectedVersion, bool firstContact, string actorId, CancellationToken cancellationToken) =>
        runner.RunAsync(organizationId, ticketId, expectedVersion, (ticket, now) =>
            ticket.Status is TicketStatus.Resolved or TicketStatus.Closed
                ? TicketChange.Refuse("ticketId", $"The ticket is already {ticket.Status.ToString().ToLowerInvariant()}.", UserErrorCode.Invalid)
                : new TicketChange
                {
                    Ticket = ticket with { Status = TicketStatus.Resolved, ResolvedAt = now },
                    Events = [new TicketResolved { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = actorId, FirstContact = firstContact, ServiceType = ServiceType(ticket) }],
                }, cancellationToken);

    /// <summary>Reopens a resolved or closed ticket.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="reason">Why, if said.</param>
    /// <param name="actorId">Who reopens.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket after the change, or the problems.</returns>
    public Task<OperationResult<Ticket>> ReopenAsync(
        string organizationId, string ticketId, int? expectedVersion, string? reason, string actorId, CancellationToken cancellationToken) =>
        runner.RunAsync(organizationId, ticketId, expectedVersion, (ticket, now) =>
            ticket.Status is not (TicketStatus.Resolved or TicketStatus.Closed)
                ? TicketChange.Refuse("ticketId", "Only a resolved or closed ticket can be reopened.", UserErrorCode.Invalid)
                : new TicketChange
                {
                    Ticket = ticket with { Status = TicketStatus.Open, ResolvedAt = null },
                    Events = [new TicketReopened { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = actorId, Reason = reason }],
                }, cancellationToken);

    /// <summary>Moves the ticket to a tier by hand, with a reason (a supervisor's decision).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="team">The team, if any.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actorId">Who escalates.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket after the change, or the problems.</returns>
    public Task<OperationResult<Ticket>> EscalateAsync(
        string organizationId, string ticketId, int? expectedVersion, SupportTier tier, string? team, string reason, string actorId, CancellationToken cancellationToken) =>
        runner.RunAsync(organizationId, ticketId, expectedVersion, (ticket, now) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return TicketChange.Refuse("reason", "Say why the ticket is escalated; the reason is recorded on it.", UserErrorCode.Required);
            }

            var state = new EscalationState { Action = EscalationAction.Escalate, Tier = tier, Team = team, Reason = reason.Trim(), PluginId = "agent:" + actorId, DecidedAt = now };
            return new TicketChange
            {
                Ticket = ticket with { Tier = tier, Escalation = state },
                Events = [new TicketEscalated { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = actorId, Decision = state, PreviousTier = ticket.Tier }],
            };
        }, cancellationToken);

    /// <summary>Adds and removes labels by hand.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="add">Labels to add.</param>
    /// <param name="remove">Labels to remove.</param>
    /// <param name="actorId">Who tags.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket after the change, or the problems.</returns>
    public Task<OperationResult<Ticket>> TagAsync(
        string organizationId, string ticketId, int? expectedVersion, IReadOnlyList<string> add, IReadOnlyList<string> remove, string actorId, CancellationToken cancellationToken) =>
        runner.RunAsync(organizationId, ticketId, expectedVersion, (ticket, now) =>
        {
            var toAdd = add.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0 && !ticket.HasTag(t)).Distinct().ToList();
            var toRemove = remove.Select(t => t.Trim().ToLowerInvariant()).Where(ticket.HasTag).Distinct().ToList();
            if (toAdd.Any(t => t.Length > 100))
            {
                return TicketChange.Refuse("add", "A tag is at most 100 characters long.", UserErrorCode.TooLong);
            }

            var added = toAdd.Select(t => new Tag { Name = t, Source = TagSource.Agent, PluginId = null }).ToList();
            var tags = ticket.Tags.Where(t => !toRemove.Contains(t.Name, StringComparer.OrdinalIgnoreCase)).Concat(added).ToList();
            return new TicketChange
            {
                Ticket = ticket with { Tags = tags },
                Events = [new TicketTagged { Id = NewId(), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = actorId, Added = added, Removed = toRemove }],
            };
        }, cancellationToken);

    private static string? ServiceType(Ticket ticket) =>
        ticket.Tags.FirstOrDefault(t => t.Name.StartsWith("service:", StringComparison.Ordinal))?.Name["service:".Length..];
}
