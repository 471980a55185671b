using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Escalation;

/// <summary>What makes tickets similar for major incident detection: open, and labelled with the same category.</summary>
internal static class SimilarTickets
{
    /// <summary>The prefix of category labels, for example <c>category:outage</c>.</summary>
    public const string CategoryPrefix = "category:";

    /// <summary>The statuses of tickets still being worked on.</summary>
    public static readonly IReadOnlyList<TicketStatus> OpenStatuses = [TicketStatus.New, TicketStatus.Open, TicketStatus.Pending];

    /// <summary>Tells whether a label names a category.</summary>
    public static bool IsCategory(string tag) => tag.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Tells whether a ticket is still being worked on.</summary>
    public static bool IsOpen(Ticket ticket) => OpenStatuses.Contains(ticket.Status);
}
