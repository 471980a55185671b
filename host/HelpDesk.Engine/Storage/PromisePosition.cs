namespace HelpDesk.Engine.Storage;

/// <summary>Where a promise sits in a list ordered by due time, ties broken by id: the keyset a page starts after.</summary>
/// <param name="DueAt">The promise's due time.</param>
/// <param name="Id">The promise's id.</param>
public sealed record PromisePosition(DateTimeOffset DueAt, string Id);
