namespace HelpDesk.Plugins.Escalation;

/// <summary>The service level targets of one priority, in minutes from the moment a ticket is opened.</summary>
internal sealed record PriorityTargets(int FirstResponseMinutes, int ResolutionMinutes);
