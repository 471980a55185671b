namespace HelpDesk.Sdk.Domain;

/// <summary>Where a promise made to a caller stands.</summary>
public enum PromiseStatus
{
    /// <summary>Made, not yet due, not yet kept.</summary>
    Open,

    /// <summary>Past its due time and not kept yet.</summary>
    Overdue,

    /// <summary>Kept, on time or late.</summary>
    Kept,

    /// <summary>Given up with a reason: it will not be kept.</summary>
    Broken,
}
