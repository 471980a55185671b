using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Storage;

/// <summary>An event as read back from the log.</summary>
/// <param name="Sequence">Its position in the organisation's log, increasing.</param>
/// <param name="Event">The event.</param>
public sealed record StoredEvent(long Sequence, DomainEvent Event);
