using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Contract;

/// <summary>Transfer requests, messages and their events with every field set, for the store contract and the BSON tests.</summary>
public static class HandoffSamples
{
    /// <summary>A pending transfer request with a round-robin warning.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="id">The id.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="to">The receiving team.</param>
    /// <param name="requestedAt">When it was requested.</param>
    /// <returns>The request.</returns>
    public static TransferRequest Request(string organizationId, string id, string ticketId, string to, DateTimeOffset requestedAt) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        TicketId = ticketId,
        To = to,
        From = "Sam",
        Summary = "Mieke Jansen of Fabrikam – VPN “drops” every ten minutes.",
        DirectNumber = "+31207654321",
        PreviousTransferCount = 1,
        Warnings = ["This ticket was already transferred once."],
        RequestedAt = requestedAt,
        ExpiresAt = requestedAt.AddMinutes(2).AddTicks(3),
    };

    /// <summary>Declines a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The request at the next version.</returns>
    public static TransferRequest Declined(TransferRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with { Status = TransferRequestStatus.Declined, DecidedBy = "key:k-2", DecidedAt = request.RequestedAt.AddSeconds(40), DeclineReason = "not ours", Version = request.Version + 1 };
    }

    /// <summary>An open message.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="id">The id.</param>
    /// <param name="addressee">Whom it is for.</param>
    /// <param name="calledAt">When the caller called.</param>
    /// <returns>The message.</returns>
    public static CallerMessage Message(string organizationId, string id, string addressee, DateTimeOffset calledAt) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        TicketId = "t-" + id,
        CallerFirstName = "Mieke",
        CallerLastName = "Jansen-de Wit",
        CallerOrganization = "Fabrikam",
        For = addressee,
        Phone = "+31201234567",
        Text = "Payroll export “stuck” again.",
        Urgency = MessageUrgency.Urgent,
        CallBackFrom = calledAt.AddHours(1),
        CallBackTo = calledAt.AddHours(3).AddTicks(9),
        CallerTimeZone = "Europe/Amsterdam",
        CalledAt = calledAt,
        TakenBy = "Sam",
    };

    /// <summary>Marks a message called back after it went overdue.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message at the next version.</returns>
    public static CallerMessage CalledBackLate(CallerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message with
        {
            Status = MessageStatus.CalledBack, CalledBackBy = "Anna", CalledBackAt = message.CallBackTo.AddMinutes(5), CallBackOutcome = "solved", OverdueAt = message.CallBackTo, Version = message.Version + 1,
        };
    }

    /// <summary>One event of every transfer and message type, every field set.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="at">When they happened.</param>
    /// <returns>The events.</returns>
    public static IReadOnlyList<DomainEvent> Events(string organizationId, string ticketId, DateTimeOffset at) =>
    [
        new TransferRequested
        {
            Id = "he-1", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:k-1", RequestId = "r-1", To = "Network", From = "Sam",
            Summary = "VPN drops", DirectNumber = "+31207654321", PreviousTransferCount = 2, Warnings = ["twice"], ExpiresAt = at.AddMinutes(2),
        },
        new TransferAccepted { Id = "he-2", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:k-2", RequestId = "r-1", To = "Network", From = "Sam" },
        new TransferDeclined { Id = "he-3", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "system", RequestId = "r-2", To = "Billing", From = "Sam", Reason = "not accepted in time", Expired = true },
        new MessageTaken { Id = "he-4", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:k-1", MessageId = "m-1", For = "Anna", Urgency = MessageUrgency.High, CallBackTo = at.AddHours(2) },
        new MessageCalledBack { Id = "he-5", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:k-3", MessageId = "m-1", For = "Anna", CalledBackBy = "Anna", Outcome = "solved", Late = true },
        new MessageOverdue { Id = "he-6", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "system", MessageId = "m-1", For = "Anna", CallBackTo = at.AddHours(2) },
    ];
}
