namespace HelpDesk.Engine.History;

/// <summary>Whether a unit keeps coming back after repair, and what to do about it.</summary>
/// <param name="IsLemon">Whether it had at least the configured number of repairs within the window.</param>
/// <param name="RepairCount">Its repairs (tickets resolved) within the window.</param>
/// <param name="Threshold">The number of repairs that makes a unit a lemon.</param>
/// <param name="Window">How far back repairs count.</param>
/// <param name="Recommendation">For a lemon, a sentence recommending replacement or return (RMA); otherwise null.</param>
public sealed record LemonStatus(bool IsLemon, int RepairCount, int Threshold, TimeSpan Window, string? Recommendation);
