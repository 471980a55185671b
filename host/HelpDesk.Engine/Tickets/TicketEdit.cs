using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Tickets;

/// <summary>New values for a ticket's editable fields; null leaves a field as it is.</summary>
/// <param name="Subject">The new subject.</param>
/// <param name="Description">The new description.</param>
/// <param name="Priority">The new priority.</param>
/// <param name="Status">The new working status: open or pending.</param>
/// <param name="ActorId">Who makes the change.</param>
public sealed record TicketEdit(string? Subject = null, string? Description = null, TicketPriority? Priority = null, TicketStatus? Status = null, string? ActorId = null);
