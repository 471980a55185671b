namespace HelpDesk.Sdk.Domain;

/// <summary>Where a ticket stands in its life cycle.</summary>
public enum TicketStatus
{
    /// <summary>Opened, nobody has answered yet.</summary>
    New,

    /// <summary>Being worked on.</summary>
    Open,

    /// <summary>Waiting for the caller or a third party.</summary>
    Pending,

    /// <summary>Solved; the caller may still reopen it.</summary>
    Resolved,

    /// <summary>Finished for good.</summary>
    Closed,
}
