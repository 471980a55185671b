using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Contract;

/// <summary>Interactions and their events with every field set, for the store contract and the BSON tests.</summary>
public static class InteractionSamples
{
    /// <summary>An interaction that went through two steps and one finished hold, and is on hold again.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="id">The id.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="heldAt">When the open hold began.</param>
    /// <returns>The interaction.</returns>
    public static Interaction Held(string organizationId, string id, string ticketId, DateTimeOffset heldAt) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        TicketId = ticketId,
        ContactId = "contact-7",
        AgentId = "mila",
        AgentName = "Mila “the fixer”",
        Channel = InteractionChannel.Chat,
        Step = CallStep.Troubleshooting,
        StartedAt = heldAt.AddMinutes(-5).AddTicks(1234),
        Steps =
        [
            new InteractionStepEntry { Step = CallStep.Greeting, EnteredAt = heldAt.AddMinutes(-5).AddTicks(1234) },
            new InteractionStepEntry { Step = CallStep.Troubleshooting, EnteredAt = heldAt.AddMinutes(-4) },
        ],
        Holds =
        [
            new InteractionHold { Reason = "check the order", HeldAt = heldAt.AddMinutes(-3), ResumedAt = heldAt.AddMinutes(-2).AddTicks(7), CheckBackCount = 1 },
            new InteractionHold { Reason = "ask the network team", HeldAt = heldAt },
        ],
        TotalHoldTime = TimeSpan.FromMinutes(1).Add(TimeSpan.FromTicks(7)),
        Version = 4,
    };

    /// <summary>Takes an interaction off hold at a time.</summary>
    /// <param name="interaction">The held interaction.</param>
    /// <param name="at">When it resumed.</param>
    /// <returns>The interaction, one version later.</returns>
    public static Interaction Resumed(Interaction interaction, DateTimeOffset at) => interaction with
    {
        Holds = [.. interaction.Holds.Take(interaction.Holds.Count - 1), interaction.Holds[^1] with { ResumedAt = at }],
        Version = interaction.Version + 1,
    };

    /// <summary>One event of each interaction type, every field set.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="at">When they happened.</param>
    /// <returns>The events.</returns>
    public static IEnumerable<DomainEvent> Events(string organizationId, string ticketId, DateTimeOffset at) =>
    [
        new InteractionStarted { Id = "ie-1", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:1", InteractionId = "i-1", AgentId = "mila", Channel = InteractionChannel.Email, ContactId = "contact-7" },
        new InteractionStepChanged
        {
            Id = "ie-2", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:1", InteractionId = "i-1", AgentId = "mila",
            From = CallStep.Venting, To = CallStep.Diagnosis, TimeInPreviousStep = TimeSpan.FromTicks(123_456_789),
        },
        new CallerHeld { Id = "ie-3", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:1", InteractionId = "i-1", AgentId = "mila", Reason = "check the order" },
        new CallerResumed
        {
            Id = "ie-4", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:1", InteractionId = "i-1", AgentId = "mila",
            Reason = "check the order", HeldFor = TimeSpan.FromSeconds(80), TotalHoldTime = TimeSpan.FromSeconds(95),
        },
        new HoldCheckBackDue
        {
            Id = "ie-5", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "helpdesk.calls", InteractionId = "i-1", AgentId = "mila",
            Reason = "check the order", HeldAt = at.AddSeconds(-35), WaitedFor = TimeSpan.FromSeconds(35), CheckBackNumber = 2, ScriptLines = ["Thank you for holding.", "Keep holding?"],
        },
        new InteractionEnded
        {
            Id = "ie-6", OrganizationId = organizationId, TicketId = ticketId, OccurredAt = at, ActorId = "key:1", InteractionId = "i-1", AgentId = "mila",
            Step = CallStep.Goodbye, Duration = TimeSpan.FromMinutes(7), TotalHoldTime = TimeSpan.FromSeconds(107), EndedHoldFor = TimeSpan.FromSeconds(12),
        },
    ];
}
