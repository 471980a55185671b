using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Transfers;

/// <summary>An accepted transfer request and the ticket it transferred.</summary>
/// <param name="Request">The request, accepted.</param>
/// <param name="Ticket">The ticket after the transfer.</param>
public sealed record AcceptedTransfer(TransferRequest Request, Ticket Ticket);
