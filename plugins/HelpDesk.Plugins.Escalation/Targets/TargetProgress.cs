using System.Globalization;
using HelpDesk.Plugins.Escalation.Hours;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Plugins.Escalation.Targets;

/// <summary>How much of one target a ticket has used so far, counted in business time since <paramref name="Since"/>.</summary>
internal sealed record TargetProgress(TargetKind Kind, TicketPriority Priority, int TargetMinutes, DateTimeOffset Since, TimeSpan Elapsed, BusinessClock Clock)
{
    private const string UpdateIntervalKey = "update-interval";

    /// <summary>Gets the share of the target used, in percent.</summary>
    public double Percent => Elapsed.TotalSeconds * 100 / (TargetMinutes * 60.0);

    /// <summary>Gets whether the target is used up.</summary>
    public bool IsMissed => Elapsed.TotalSeconds >= TargetMinutes * 60.0;

    /// <summary>Gets the target's name, for reasons.</summary>
    public string Name => Kind switch
    {
        TargetKind.FirstResponse => "first response",
        TargetKind.UpdateInterval => "update interval",
        _ => "resolution",
    };

    /// <summary>
    /// Gets the key the target's causes are remembered by. The update interval restarts with every reply, so its
    /// key names the reply it counts from: each quiet stretch warns and escalates once.
    /// </summary>
    public string Key => Kind == TargetKind.UpdateInterval
        ? $"{UpdateIntervalKey}@{Since.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}"
        : KeyOf(Kind);

    /// <summary>Gets what the agent must do to meet the target.</summary>
    public string ToDo => Kind switch
    {
        TargetKind.FirstResponse => "reply",
        TargetKind.UpdateInterval => "send the caller an update",
        _ => "resolve it",
    };

    /// <summary>Gets the whole minutes left before the target is missed.</summary>
    public int MinutesLeft => Math.Max(0, (int)Math.Ceiling(TargetMinutes - Elapsed.TotalMinutes));

    private long WholeMinutes => (long)Math.Floor(Elapsed.TotalMinutes);

    private string Unit => Clock.IsAroundTheClock ? "minutes" : "business minutes";

    /// <summary>Gets e.g. "the 60-minute first response target for high priority".</summary>
    public string Describe() => $"the {TargetMinutes}-minute {Name} target for {Priority.ToString().ToLowerInvariant()} priority";

    /// <summary>Gets e.g. "48 minutes without a reply", "open for 130 business minutes" or "300 minutes since the last reply".</summary>
    public string DescribeElapsed() => Kind switch
    {
        TargetKind.FirstResponse => $"{WholeMinutes} {Unit} without a reply",
        TargetKind.UpdateInterval => $"{WholeMinutes} {Unit} since the last reply",
        _ => $"open for {WholeMinutes} {Unit}",
    };

    /// <summary>Gets e.g. "first response 47 of 60 minutes (78 %)".</summary>
    public string DescribeShare() => $"{Name} {WholeMinutes} of {TargetMinutes} minutes ({(int)Math.Floor(Percent)} %)";

    /// <summary>Gets e.g. "12 minutes" or, in business hours, "12 business minutes (by Mon 27 Oct 08:30)".</summary>
    public string DescribeTimeLeft() => Clock.IsAroundTheClock || Clock.After(Since, TimeSpan.FromMinutes(TargetMinutes)) is not { } due
        ? $"{MinutesLeft} {Unit}"
        : $"{MinutesLeft} {Unit} (by {Clock.Local(due)})";

    /// <summary>Tells whether a remembered cause belongs to an update interval other than this one (an earlier quiet stretch).</summary>
    public static bool IsEarlierUpdateInterval(string cause, IEnumerable<TargetProgress> running) =>
        cause.StartsWith(UpdateIntervalKey + "@", StringComparison.Ordinal)
        && !running.Any(t => t.Kind == TargetKind.UpdateInterval && cause.StartsWith(t.Key + "-", StringComparison.Ordinal));

    /// <summary>Gets the kebab-case key of a target kind, used in remembered causes.</summary>
    public static string KeyOf(TargetKind kind) => kind switch
    {
        TargetKind.FirstResponse => "first-response",
        TargetKind.UpdateInterval => UpdateIntervalKey,
        _ => "resolution",
    };

    /// <summary>
    /// Measures the targets that still run: first response until the first reply; then the update interval while
    /// the ticket is open (not while it waits for the caller); resolution until resolved.
    /// </summary>
    public static IReadOnlyList<TargetProgress> Measure(Ticket ticket, DateTimeOffset now, PriorityTargets targets, BusinessClock clock)
    {
        var running = new List<TargetProgress>();
        if (ticket.FirstRepliedAt is null)
        {
            running.Add(Progress(TargetKind.FirstResponse, targets.FirstResponseMinutes, ticket.CreatedAt));
        }
        else if (ticket.Status == TicketStatus.Open)
        {
            running.Add(Progress(TargetKind.UpdateInterval, targets.UpdateIntervalMinutes, ticket.LastRepliedAt ?? ticket.FirstRepliedAt.Value));
        }

        running.Add(Progress(TargetKind.Resolution, targets.ResolutionMinutes, ticket.CreatedAt));
        return running;

        TargetProgress Progress(TargetKind kind, int minutes, DateTimeOffset since) =>
            new(kind, ticket.Priority, minutes, since, clock.Elapsed(since, now), clock);
    }
}
