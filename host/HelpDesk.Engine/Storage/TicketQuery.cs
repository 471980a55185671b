namespace HelpDesk.Engine.Storage;

/// <summary>A page request over tickets ordered by number: which, in what direction, from where, how many.</summary>
public sealed record TicketQuery
{
    /// <summary>Gets the filter.</summary>
    public TicketFilter Filter { get; init; } = new();

    /// <summary>Gets whether the highest numbers (newest tickets) come first.</summary>
    public bool Descending { get; init; } = true;

    /// <summary>Gets the number to start after (exclusive), in the direction of the order; <see langword="null"/> to start at the beginning.</summary>
    public long? AfterNumber { get; init; }

    /// <summary>Gets the most tickets to return.</summary>
    public required int Limit { get; init; }
}
