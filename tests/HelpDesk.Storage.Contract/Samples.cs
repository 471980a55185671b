using System.Text.Json;
using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Contract;

/// <summary>Tickets and events for the contract tests, and a field-by-field comparison through JSON.</summary>
public static class Samples
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(2));

    private static readonly JsonSerializerOptions CompareOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static Ticket Ticket(string organizationId, long number, string? id = null) => new()
    {
        Id = id ?? $"t-{organizationId}-{number}",
        OrganizationId = organizationId,
        Number = number,
        Subject = $"Printer {number} is jammed",
        CreatedAt = Now.AddMinutes(number),
        UpdatedAt = Now.AddMinutes(number),
    };

    /// <summary>A ticket with every field set to something other than its default.</summary>
    public static Ticket FullTicket(string organizationId, long number) => Ticket(organizationId, number) with
    {
        Description = "Paper \"jams\" on tray 2 – since Monday; ünïcödé ✓",
        Status = TicketStatus.Pending,
        Priority = TicketPriority.Urgent,
        Tier = SupportTier.ThirdLevel,
        ContactId = "contact-7",
        AssetId = "asset-42",
        AssigneeId = "agent-3",
        Tags =
        [
            new Tag { Name = "service:printing", Source = TagSource.Rule, Confidence = 0.73, PluginId = "keyword-tagger" },
            new Tag { Name = "lemon", Source = TagSource.Agent },
        ],
        Escalation = new EscalationState
        {
            Action = EscalationAction.ScheduleFollowUp,
            Tier = SupportTier.ThirdLevel,
            Team = "hardware",
            Reason = "Urgent tickets go to hardware after 30 minutes.",
            PluginId = "sla-escalation",
            DecidedAt = new DateTimeOffset(2025, 3, 14, 12, 56, 53, TimeSpan.FromHours(5.5)),
            FollowUpAt = new DateTimeOffset(2025, 3, 14, 4, 0, 0, TimeSpan.FromHours(-7)),
        },
        TransferCount = 3,
        FirstRepliedAt = Now.AddHours(1),
        ResolvedAt = new DateTimeOffset(2025, 3, 15, 8, 0, 0, TimeSpan.Zero),
    };

    public static TicketOpened Opened(Ticket ticket, string? id = null) => new()
    {
        Id = id ?? $"e-opened-{ticket.Id}",
        OrganizationId = ticket.OrganizationId,
        TicketId = ticket.Id,
        OccurredAt = ticket.CreatedAt,
        ActorId = "agent-3",
        Number = ticket.Number,
        Priority = ticket.Priority,
        ContactId = ticket.ContactId,
        AssetId = ticket.AssetId,
    };

    public static TicketAssigned Assigned(Ticket ticket, string assigneeId, string id) => new()
    {
        Id = id,
        OrganizationId = ticket.OrganizationId,
        TicketId = ticket.Id,
        OccurredAt = ticket.UpdatedAt,
        AssigneeId = assigneeId,
        PreviousAssigneeId = ticket.AssigneeId,
    };

    /// <summary>Serialises with a fixed setting so two values compare field by field, offsets and nested lists included.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, CompareOptions);
}
