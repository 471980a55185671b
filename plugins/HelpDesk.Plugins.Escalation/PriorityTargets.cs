namespace HelpDesk.Plugins.Escalation;

/// <summary>The service level targets of one priority, in business minutes.</summary>
/// <param name="FirstResponseMinutes">From opening to the first agent reply.</param>
/// <param name="ResolutionMinutes">From opening to resolution.</param>
/// <param name="UpdateIntervalMinutes">The longest an open ticket may go without an agent reply, once it had one.</param>
internal sealed record PriorityTargets(int FirstResponseMinutes, int ResolutionMinutes, int UpdateIntervalMinutes);
