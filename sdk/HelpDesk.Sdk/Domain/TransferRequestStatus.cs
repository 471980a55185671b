namespace HelpDesk.Sdk.Domain;

/// <summary>Where a warm transfer request stands.</summary>
public enum TransferRequestStatus
{
    /// <summary>Waiting for the receiving agent or team to accept or decline.</summary>
    Pending,

    /// <summary>Accepted: the ticket was transferred.</summary>
    Accepted,

    /// <summary>Declined by the receiving side, or not accepted in time; the ticket stayed where it was.</summary>
    Declined,
}
