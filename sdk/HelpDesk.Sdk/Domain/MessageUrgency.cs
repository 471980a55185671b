namespace HelpDesk.Sdk.Domain;

/// <summary>How urgently the addressee of a message should call back.</summary>
public enum MessageUrgency
{
    /// <summary>Whenever convenient within the call-back window.</summary>
    Low,

    /// <summary>Within the call-back window.</summary>
    Normal,

    /// <summary>Early in the call-back window.</summary>
    High,

    /// <summary>At once: the caller is blocked.</summary>
    Urgent,
}
