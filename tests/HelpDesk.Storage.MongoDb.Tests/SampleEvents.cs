using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Storage.Contract;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>One event of every type, with every field set to something other than its default.</summary>
internal static class SampleEvents
{
    private const string Org = "org-a";
    private static readonly Ticket Ticket = Samples.FullTicket(Org, 7);
    private static readonly DateTimeOffset At = Samples.Now.AddTicks(98_765);

    public static IEnumerable<DomainEvent> All() =>
    [
        Samples.Opened(Ticket) with { ContactId = "contact-7", AssetId = "asset-42", Priority = TicketPriority.Urgent, OccurredAt = At },
        new TicketTagged { Id = "e-2", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3", Added = Ticket.Tags, Removed = ["old", "stale"] },
        new TicketEscalated
        {
            Id = "e-3", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3",
            Decision = Ticket.Escalation!, PreviousTier = SupportTier.SecondLevel,
        },
        new TicketReplied { Id = "e-4", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3", NoteId = "n-1", IsFirstReply = true },
        new NoteAdded { Id = "e-5", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3", NoteId = "n-2" },
        new TicketAssigned
        {
            Id = "e-6", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3",
            AssigneeId = "agent-9", PreviousAssigneeId = "agent-3",
        },
        new TicketTransferred
        {
            Id = "e-7", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3",
            To = "hardware", Warm = true, TransferCount = 2,
        },
        new TicketResolved
        {
            Id = "e-8", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3",
            FirstContact = true, ServiceType = "service:printing",
        },
        new TicketUpdated { Id = "e-11", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3", Fields = ["subject", "priority"] },
        new TicketReopened { Id = "e-9", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "agent-3", Reason = "Jammed again" },
        new SurveyAnswered
        {
            Id = "e-10", OrganizationId = Org, TicketId = Ticket.Id, OccurredAt = At, ActorId = "contact-7",
            Response = new SurveyResponse
            {
                Id = "r-1", OrganizationId = Org, TicketId = Ticket.Id, SurveyId = "csat",
                AnsweredAt = new DateTimeOffset(2025, 3, 16, 10, 0, 0, TimeSpan.FromHours(-3)).AddTicks(4321),
                Answers = [new SurveyAnswer { QuestionId = "q1", Score = 5 }, new SurveyAnswer { QuestionId = "q2", Text = "Quick!" }],
            },
        },
        .. InteractionSamples.Events(Org, Ticket.Id, At),
        .. PromiseSamples.Events(Org, Ticket.Id, At),
        .. HandoffSamples.Events(Org, Ticket.Id, At),
    ];

    /// <summary>The type names, so each theory row shows which event it runs.</summary>
    public static TheoryData<string> TypeNames() => [.. All().Select(e => e.Type)];

    public static DomainEvent Of(string typeName) => All().Single(e => e.Type == typeName);
}
