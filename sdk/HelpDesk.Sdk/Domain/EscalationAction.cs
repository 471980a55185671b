namespace HelpDesk.Sdk.Domain;

/// <summary>What an escalation policy decided to do with a ticket.</summary>
public enum EscalationAction
{
    /// <summary>Leave the ticket where it is.</summary>
    Keep,

    /// <summary>Warn that a target is close to being breached.</summary>
    Warn,

    /// <summary>Move the ticket to another tier or team.</summary>
    Escalate,

    /// <summary>Alert a supervisor without moving the ticket.</summary>
    AlertSupervisor,

    /// <summary>Ask for a follow-up at a given time.</summary>
    ScheduleFollowUp,
}
