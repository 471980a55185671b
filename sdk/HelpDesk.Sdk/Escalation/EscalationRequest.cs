using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Sdk.Escalation;

/// <summary>A ticket to evaluate, with the facts about it an escalation policy weighs.</summary>
public sealed record EscalationRequest
{
    /// <summary>Gets the ticket as it is now.</summary>
    public required Ticket Ticket { get; init; }

    /// <summary>Gets why the policy is evaluated.</summary>
    public required EscalationTrigger Trigger { get; init; }

    /// <summary>Gets the event that triggered evaluation, when <see cref="Trigger"/> is <see cref="EscalationTrigger.Event"/>.</summary>
    public DomainEvent? Event { get; init; }

    /// <summary>
    /// Gets the time to decide at: now on the host's clock, or the simulated moment when the host replays a ticket's
    /// history. Measure targets against this, never against a clock, so simulations get the answers of that moment.
    /// </summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Gets the organisation's IANA time zone (for example <c>Europe/Amsterdam</c>), in which business hours are read.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Gets the caller type an agent marked on the contact.</summary>
    public CallerType CallerType { get; init; } = CallerType.Unknown;

    /// <summary>Gets how many other tickets the same contact opened recently.</summary>
    public int RepeatContactCount { get; init; }

    /// <summary>Gets how many earlier tickets the same asset had recently.</summary>
    public int AssetTicketCount { get; init; }

    /// <summary>Gets how many open tickets share this ticket's category right now (a sign of a major incident).</summary>
    public int SimilarOpenTicketCount { get; init; }

    /// <summary>Gets how many promises made on the ticket are past their due time.</summary>
    public int OverduePromiseCount { get; init; }
}
