using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Messages;

/// <summary>What an agent typed to take a message; every member may be missing, so all problems can be named at once.</summary>
public sealed record TakeMessageCommand
{
    /// <summary>Gets the ticket the message belongs to, if any; without one, the message opens a ticket of its own.</summary>
    public string? TicketId { get; init; }

    /// <summary>Gets the caller's first name.</summary>
    public string? CallerFirstName { get; init; }

    /// <summary>Gets the caller's last name.</summary>
    public string? CallerLastName { get; init; }

    /// <summary>Gets the caller's organisation.</summary>
    public string? CallerOrganization { get; init; }

    /// <summary>Gets the person or team the message is for.</summary>
    public string? For { get; init; }

    /// <summary>Gets the number to call back on, with country and area code.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the message.</summary>
    public string? Text { get; init; }

    /// <summary>Gets how urgently to call back.</summary>
    public MessageUrgency? Urgency { get; init; }

    /// <summary>Gets the start of the time the caller can be called back.</summary>
    public DateTimeOffset? CallBackFrom { get; init; }

    /// <summary>Gets the end of the time the caller can be called back.</summary>
    public DateTimeOffset? CallBackTo { get; init; }

    /// <summary>Gets the caller's IANA time zone.</summary>
    public string? CallerTimeZone { get; init; }

    /// <summary>Gets the date and time of the call; now when not given.</summary>
    public DateTimeOffset? CalledAt { get; init; }

    /// <summary>Gets the agent taking the message.</summary>
    public string? TakenBy { get; init; }

    /// <summary>Gets who records it (the API key acting).</summary>
    public string? ActorId { get; init; }
}
