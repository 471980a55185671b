using HelpDesk.Sdk.Domain;

namespace HelpDesk.Plugins.Escalation.Targets;

/// <summary>How much of one target a ticket has used so far.</summary>
internal sealed record TargetProgress(TargetKind Kind, TicketPriority Priority, int TargetMinutes, TimeSpan Elapsed)
{
    public double Percent => Elapsed.TotalSeconds * 100 / (TargetMinutes * 60.0);

    public bool IsMissed => Elapsed.TotalSeconds >= TargetMinutes * 60.0;

    public string Name => Kind == TargetKind.FirstResponse ? "first response" : "resolution";

    /// <summary>Gets e.g. "the 60-minute first response target for high priority".</summary>
    public string Describe() => $"the {TargetMinutes}-minute {Name} target for {Priority.ToString().ToLowerInvariant()} priority";

    /// <summary>Gets e.g. "48 minutes without a reply" or "open for 130 minutes".</summary>
    public string DescribeElapsed() => Kind == TargetKind.FirstResponse
        ? $"{WholeMinutes} minutes without a reply"
        : $"open for {WholeMinutes} minutes";

    /// <summary>Gets e.g. "first response 47 of 60 minutes (78 %)".</summary>
    public string DescribeShare() => $"{Name} {WholeMinutes} of {TargetMinutes} minutes ({(int)Math.Floor(Percent)} %)";

    public int MinutesLeft => Math.Max(0, (int)Math.Ceiling(TargetMinutes - Elapsed.TotalMinutes));

    private long WholeMinutes => (long)Math.Floor(Elapsed.TotalMinutes);

    /// <summary>Gets the kebab-case key of a target kind, used in remembered causes.</summary>
    public static string KeyOf(TargetKind kind) => kind == TargetKind.FirstResponse ? "first-response" : "resolution";

    /// <summary>Measures the targets that still run: first response until the first reply, resolution until resolved.</summary>
    public static IReadOnlyList<TargetProgress> Measure(Ticket ticket, DateTimeOffset now, PriorityTargets targets)
    {
        var elapsed = now > ticket.CreatedAt ? now - ticket.CreatedAt : TimeSpan.Zero;
        var running = new List<TargetProgress>();
        if (ticket.FirstRepliedAt is null)
        {
            running.Add(new(TargetKind.FirstResponse, ticket.Priority, targets.FirstResponseMinutes, elapsed));
        }

        running.Add(new(TargetKind.Resolution, ticket.Priority, targets.ResolutionMinutes, elapsed));
        return running;
    }
}
