using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// Creates domain events about a ticket with sensible defaults: the ticket's organisation and id,
/// a fresh event id, <see cref="TestDefaults.AgentId"/> as the acting agent, and a time taken from the
/// ticket (opened at its creation, replied at its first reply, resolved at its resolution) unless given.
/// </summary>
public static class TestEvents
{
    private static long sequence;

    /// <summary>Creates the event of a ticket being opened.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="at">When; the ticket's creation time when not given.</param>
    /// <param name="actorId">Who opened it; nobody (the caller, through a channel) when not given.</param>
    /// <returns>The event.</returns>
    public static TicketOpened TicketOpened(Ticket ticket, DateTimeOffset? at = null, string? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new()
        {
            Id = NextId(),
            OrganizationId = ticket.OrganizationId,
            TicketId = ticket.Id,
            OccurredAt = at ?? ticket.CreatedAt,
            ActorId = actorId,
            Number = ticket.Number,
            Priority = ticket.Priority,
            ContactId = ticket.ContactId,
            AssetId = ticket.AssetId,
        };
    }

    /// <summary>Creates the event of an agent replying on a ticket.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="at">When; the ticket's first reply time (or last update) when not given.</param>
    /// <param name="isFirstReply">Whether it is the first agent reply on the ticket.</param>
    /// <param name="agentId">The agent who replied.</param>
    /// <returns>The event.</returns>
    public static TicketReplied TicketReplied(Ticket ticket, DateTimeOffset? at = null, bool isFirstReply = true, string agentId = TestDefaults.AgentId)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        var id = NextId();
        return new()
        {
            Id = id,
            OrganizationId = ticket.OrganizationId,
            TicketId = ticket.Id,
            OccurredAt = at ?? ticket.FirstRepliedAt ?? ticket.UpdatedAt,
            ActorId = agentId,
            NoteId = $"note-of-{id}",
            IsFirstReply = isFirstReply,
        };
    }

    /// <summary>Creates the event of a ticket being resolved.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="at">When; the ticket's resolution time (or last update) when not given.</param>
    /// <param name="firstContact">Whether it was resolved in the first interaction.</param>
    /// <param name="serviceType">The service type the agent recorded, if any (for example <c>email</c>).</param>
    /// <param name="agentId">The agent who resolved it.</param>
    /// <returns>The event.</returns>
    public static TicketResolved TicketResolved(Ticket ticket, DateTimeOffset? at = null, bool firstContact = false, string? serviceType = null, string agentId = TestDefaults.AgentId)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        return new()
        {
            Id = NextId(),
            OrganizationId = ticket.OrganizationId,
            TicketId = ticket.Id,
            OccurredAt = at ?? ticket.ResolvedAt ?? ticket.UpdatedAt,
            ActorId = agentId,
            FirstContact = firstContact,
            ServiceType = serviceType,
        };
    }

    /// <summary>Creates the event of a ticket being transferred to another team or person.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="to">The team or person it went to.</param>
    /// <param name="at">When; the ticket's last update when not given.</param>
    /// <param name="warm">Whether the transfer was announced (warm).</param>
    /// <param name="agentId">The agent who transferred it.</param>
    /// <returns>The event; its transfer count is the ticket's count plus one.</returns>
    public static TicketTransferred TicketTransferred(Ticket ticket, string to, DateTimeOffset? at = null, bool warm = true, string agentId = TestDefaults.AgentId)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrEmpty(to);
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        return new()
        {
            Id = NextId(),
            OrganizationId = ticket.OrganizationId,
            TicketId = ticket.Id,
            OccurredAt = at ?? ticket.UpdatedAt,
            ActorId = agentId,
            To = to,
            Warm = warm,
            TransferCount = ticket.TransferCount + 1,
        };
    }

    /// <summary>Creates the event of a caller answering a survey.</summary>
    /// <param name="response">The answers (see <see cref="SurveyResponseBuilder"/>).</param>
    /// <returns>The event, at the response's answer time, with no acting agent.</returns>
    public static SurveyAnswered SurveyAnswered(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new()
        {
            Id = NextId(),
            OrganizationId = response.OrganizationId,
            TicketId = response.TicketId,
            OccurredAt = response.AnsweredAt,
            Response = response,
        };
    }

    private static string NextId() => $"event-{Interlocked.Increment(ref sequence)}";
}
