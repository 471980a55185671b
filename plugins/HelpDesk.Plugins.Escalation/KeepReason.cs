using HelpDesk.Plugins.Escalation.Rules;

namespace HelpDesk.Plugins.Escalation;

/// <summary>Explains why nothing changes, with the figures of every running target.</summary>
internal static class KeepReason
{
    public static string For(EscalationFacts facts, IReadOnlySet<string> actedOn)
    {
        var quiet = true;
        var shares = new List<string>();
        foreach (var target in facts.Targets)
        {
            var key = target.Key;
            var note = actedOn.Contains($"{key}-missed") ? " – escalated earlier"
                : actedOn.Contains($"{key}-warning") ? " – warned earlier"
                : "";
            quiet &= note.Length == 0;
            shares.Add(target.DescribeShare() + note);
        }

        if (facts.Ticket.FirstRepliedAt is not null)
        {
            shares.Insert(0, "first response given");
        }

        var opening = quiet ? $"Within the {facts.PriorityName} priority targets" : $"No further action for this {facts.PriorityName} priority ticket";
        return $"{opening}: {string.Join(", ", shares)}.";
    }
}
