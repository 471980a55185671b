namespace HelpDesk.Engine.Storage;

/// <summary>A subscriber read events more slowly than they were appended and was cut off rather than let memory grow.</summary>
/// <param name="capacity">How many unread events a subscriber may have.</param>
public sealed class EventFeedOverflowException(int capacity)
    : Exception($"The subscriber fell more than {capacity} events behind and was disconnected; subscribe again and read what was missed from the event log.");
