using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Benchmarks.Scenarios;

/// <summary>
/// A year of resolved tickets, five events each (opened, assigned, first reply, second reply, resolved), spread evenly
/// over the year with seeded random delays, so every run loads the same history.
/// </summary>
internal sealed class TicketHistoryGenerator(string organizationId, DateTimeOffset yearStart)
{
    public const int EventsPerTicket = 5;

    private static readonly string[] Agents = ["agent-1", "agent-2", "agent-3", "agent-4", "agent-5", "agent-6", "agent-7", "agent-8"];
    private static readonly TicketPriority[] Priorities = [TicketPriority.Low, TicketPriority.Normal, TicketPriority.Normal, TicketPriority.High, TicketPriority.Urgent];
    private readonly Random random = new(20261206);

    public DateTimeOffset YearEnd => yearStart.AddDays(365);

    public (Ticket Ticket, IReadOnlyList<DomainEvent> Events) Next(long number, long ticketCount)
    {
        var id = $"bench-{number:D8}";
        var opened = yearStart + TimeSpan.FromSeconds(365.0 * 86400 * number / ticketCount);
        var assigned = opened.AddMinutes(random.Next(1, 30));
        var firstReply = assigned.AddMinutes(random.Next(5, 240));
        var secondReply = firstReply.AddMinutes(random.Next(30, 1440));
        var resolved = secondReply.AddMinutes(random.Next(10, 2880));
        var agent = Agents[random.Next(Agents.Length)];
        var priority = Priorities[random.Next(Priorities.Length)];
        var ticket = new Ticket
        {
            Id = id,
            OrganizationId = organizationId,
            Number = number,
            Subject = $"Benchmark ticket {number}",
            Status = TicketStatus.Resolved,
            Priority = priority,
            AssigneeId = agent,
            CreatedAt = opened,
            UpdatedAt = resolved,
            FirstRepliedAt = firstReply,
            LastRepliedAt = secondReply,
            ResolvedAt = resolved,
        };
        DomainEvent[] events =
        [
            new TicketOpened { Id = id + "-o", OrganizationId = organizationId, TicketId = id, OccurredAt = opened, Number = number, Priority = priority },
            new TicketAssigned { Id = id + "-a", OrganizationId = organizationId, TicketId = id, OccurredAt = assigned, AssigneeId = agent, ActorId = agent },
            new TicketReplied { Id = id + "-r1", OrganizationId = organizationId, TicketId = id, OccurredAt = firstReply, NoteId = id + "-n1", IsFirstReply = true, ActorId = agent },
            new TicketReplied { Id = id + "-r2", OrganizationId = organizationId, TicketId = id, OccurredAt = secondReply, NoteId = id + "-n2", ActorId = agent },
            new TicketResolved { Id = id + "-s", OrganizationId = organizationId, TicketId = id, OccurredAt = resolved, FirstContact = random.Next(3) == 0, ActorId = agent },
        ];
        return (ticket, events);
    }
}
