using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Escalation;

/// <summary>
/// Rebuilds a ticket as it was at a moment of its history by applying its events in order. Edits record which
/// fields changed, not their old values, so an edited field takes the value it has today.
/// </summary>
internal static class TicketReplay
{
    /// <summary>Builds the ticket as it was opened.</summary>
    public static Ticket Opened(Ticket current, TicketOpened? opened) => new()
    {
        Id = current.Id,
        OrganizationId = current.OrganizationId,
        Number = current.Number,
        Subject = current.Subject,
        Description = current.Description,
        Priority = opened?.Priority ?? current.Priority,
        ContactId = opened is null ? current.ContactId : opened.ContactId,
        AssetId = opened is null ? current.AssetId : opened.AssetId,
        CreatedAt = current.CreatedAt,
        UpdatedAt = current.CreatedAt,
    };

    /// <summary>Applies one event; escalations the policies decided are left to the simulation, an agent's are applied.</summary>
    public static Ticket Apply(Ticket ticket, DomainEvent happened, Ticket current)
    {
        var at = happened.OccurredAt;
        var changed = happened switch
        {
            TicketReplied => ticket with { FirstRepliedAt = ticket.FirstRepliedAt ?? at, LastRepliedAt = at, Status = Started(ticket.Status) },
            TicketAssigned assigned => ticket with { AssigneeId = assigned.AssigneeId, Status = Started(ticket.Status) },
            TicketTransferred transferred => ticket with { TransferCount = transferred.TransferCount, AssigneeId = null },
            TicketEscalated escalated when IsAgents(escalated) => ticket with { Tier = escalated.Decision.Tier, Escalation = escalated.Decision },
            TicketResolved => ticket with { Status = TicketStatus.Resolved, ResolvedAt = at },
            TicketReopened => ticket with { Status = TicketStatus.Open, ResolvedAt = null },
            TicketTagged tagged => ticket with
            {
                Tags = [.. ticket.Tags.Where(t => !tagged.Removed.Contains(t.Name, StringComparer.OrdinalIgnoreCase)), .. tagged.Added.Where(t => !ticket.HasTag(t.Name))],
            },
            TicketUpdated updated => Edited(ticket, updated.Fields, current),
            _ => ticket,
        };
        return changed with { UpdatedAt = at };
    }

    /// <summary>Tells whether a recorded escalation was an agent's (by hand), not a policy's.</summary>
    public static bool IsAgents(TicketEscalated escalated) => escalated.Decision.PluginId.StartsWith("agent:", StringComparison.Ordinal);

    private static TicketStatus Started(TicketStatus status) => status == TicketStatus.New ? TicketStatus.Open : status;

    private static Ticket Edited(Ticket ticket, IReadOnlyList<string> fields, Ticket current) => ticket with
    {
        Subject = fields.Contains("subject") ? current.Subject : ticket.Subject,
        Description = fields.Contains("description") ? current.Description : ticket.Description,
        Priority = fields.Contains("priority") ? current.Priority : ticket.Priority,
        Status = fields.Contains("status") && current.Status is TicketStatus.Open or TicketStatus.Pending ? current.Status : ticket.Status,
    };
}
