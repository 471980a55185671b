namespace HelpDesk.Sdk.Escalation;

/// <summary>Why a policy is being evaluated.</summary>
public enum EscalationTrigger
{
    /// <summary>Something happened to the ticket (see <see cref="EscalationRequest.Event"/>).</summary>
    Event,

    /// <summary>The periodic timer tick for open tickets.</summary>
    Timer,
}
