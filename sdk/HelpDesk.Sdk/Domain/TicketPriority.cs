namespace HelpDesk.Sdk.Domain;

/// <summary>How urgent a ticket is; drives service-level targets.</summary>
public enum TicketPriority
{
    /// <summary>Can wait.</summary>
    Low,

    /// <summary>The default.</summary>
    Normal,

    /// <summary>Hinders work.</summary>
    High,

    /// <summary>Stops work or affects many callers.</summary>
    Urgent,
}
