using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Engine.Escalation;

/// <summary>The decision the host acts on when several policies answered: the most severe one, and whose it is.</summary>
/// <param name="PluginId">The plugin whose policy decided.</param>
/// <param name="Decision">The decision.</param>
/// <param name="DecidedAt">The time the policy was asked about.</param>
public sealed record EscalationChoice(string PluginId, EscalationDecision Decision, DateTimeOffset DecidedAt);
