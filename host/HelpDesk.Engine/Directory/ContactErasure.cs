using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Directory;

/// <summary>The outcome of erasing a contact's personal data.</summary>
/// <param name="Contact">The contact as it is now: no name, e-mail, phone, time zone or language.</param>
/// <param name="Tickets">The number of the contact's tickets whose free text was redacted; 0 when it already was erased.</param>
/// <param name="AlreadyErased">Whether the contact had been erased before (the request changed nothing).</param>
public sealed record ContactErasure(Contact Contact, int Tickets, bool AlreadyErased);
