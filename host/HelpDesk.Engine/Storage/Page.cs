namespace HelpDesk.Engine.Storage;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">The entry type.</typeparam>
/// <param name="Items">The entries, in order.</param>
/// <param name="HasMore">Whether more entries follow.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasMore);
