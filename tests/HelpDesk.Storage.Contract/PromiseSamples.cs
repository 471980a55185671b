using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Contract;

/// <summary>Promises and their events with every field set, for the store contract and the BSON tests.</summary>
public static class PromiseSamples
{
    /// <summary>An open promise, reminded of already.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="id">The id.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="dueAt">When it is due.</param>
    /// <returns>The promise.</returns>
    public static Promise Open(string organizationId, string id, string ticketId, DateTimeOffset dueAt) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        TicketId = ticketId,
        InteractionId = "i-1",
        Text = "I will call you back “today” with the repair status.",
        DueAt = dueAt,
        MadeBy = "mila",
        MadeAt = dueAt.AddHours(-3).AddTicks(77),
        RemindedAt = dueAt.AddMinutes(-15),
    };

    /// <summary>Marks a promise kept, late, after it went overdue.</summary>
    /// <param name="promise">The promise.</param>
    /// <param name="at">When it was kept.</param>
    /// <returns>The promise at the next version.</returns>
    public static Promise KeptLate(Promise promise, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(promise);
        return promise with { Status = PromiseStatus.Kept, OverdueAt = promise.DueAt, SettledAt = at, SettledBy = "jo", BrokenReason = "none", Version = promise.Version + 1 };
    }

    /// <summary>One event of every promise type (and the status-update reminder), every field set.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="at">When they happened.</param>
    /// <returns>The events.</returns>
    public static IEnumerable<DomainEvent> Events(string organizationId, string ticketId, DateTimeOffset at) =>
    [
        new PromiseMade { Id = "pe-1", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "mila", PromiseId = "p-1", Text = "Call back by 15:00", DueAt = at.AddHours(2), InteractionId = "i-1" },
        new PromiseDueSoon { Id = "pe-2", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "helpdesk", PromiseId = "p-1", Text = "Call back by 15:00", DueAt = at.AddHours(2), PromisedBy = "mila" },
        new PromiseOverdue { Id = "pe-3", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "helpdesk", PromiseId = "p-1", Text = "Call back by 15:00", DueAt = at.AddHours(2), PromisedBy = "mila" },
        new PromiseKept { Id = "pe-4", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "jo", PromiseId = "p-1", DueAt = at.AddHours(2), PromisedBy = "mila", OnTime = true, WasOverdue = true },
        new PromiseBroken { Id = "pe-5", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "jo", PromiseId = "p-2", DueAt = at.AddHours(3), PromisedBy = "mila", Reason = "The part is late.", WasOverdue = true },
        new StatusUpdateDue { Id = "pe-6", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "helpdesk", SilentSince = at.AddDays(-1).AddTicks(5), AssigneeId = "mila" },
    ];
}
