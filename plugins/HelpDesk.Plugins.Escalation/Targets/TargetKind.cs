namespace HelpDesk.Plugins.Escalation.Targets;

/// <summary>The service level targets a ticket is measured against.</summary>
internal enum TargetKind
{
    /// <summary>Time from opening to the first agent reply.</summary>
    FirstResponse,

    /// <summary>Time from opening to resolution.</summary>
    Resolution,

    /// <summary>Time an open ticket goes without an agent reply, once it had a first one.</summary>
    UpdateInterval,
}
