namespace HelpDesk.Engine.Storage;

/// <summary>A page request over tickets: which, in what order and direction, from where (keyset, never an offset), how many.</summary>
public sealed record TicketQuery
{
    /// <summary>Gets the filter.</summary>
    public TicketFilter Filter { get; init; } = new();

    /// <summary>Gets what the tickets are ordered by; ties are broken by number, in the same direction.</summary>
    public TicketSort OrderBy { get; init; } = TicketSort.Number;

    /// <summary>Gets whether the highest keys (newest, most recently changed, most urgent) come first.</summary>
    public bool Descending { get; init; } = true;

    /// <summary>Gets the number of the ticket to start after (exclusive), in the direction of the order; <see langword="null"/> to start at the beginning.</summary>
    public long? AfterNumber { get; init; }

    /// <summary>
    /// Gets the sort key (<see cref="TicketSortKey"/>) of the ticket to start after, with <see cref="AfterNumber"/>;
    /// needed by every order but <see cref="TicketSort.Number"/>, whose key is the number.
    /// </summary>
    public long? AfterKey { get; init; }

    /// <summary>Gets the most tickets to return.</summary>
    public required int Limit { get; init; }

    /// <summary>Starts after a position read from a ticket of a list in the same order.</summary>
    /// <param name="position">The position, or <see langword="null"/> to start at the beginning.</param>
    /// <returns>The query with <see cref="AfterKey"/> and <see cref="AfterNumber"/> set.</returns>
    public TicketQuery After(TicketPosition? position) => this with { AfterKey = position?.Key, AfterNumber = position?.Number };

    /// <summary>The position the page starts after, for the stores.</summary>
    /// <returns>The position, or <see langword="null"/> at the beginning.</returns>
    /// <exception cref="ArgumentException">An order other than by number has a number to start after but no key.</exception>
    public TicketPosition? StartsAfter() => AfterNumber switch
    {
        null => null,
        { } number when OrderBy == TicketSort.Number => new TicketPosition(number, number),
        { } number => new TicketPosition(
            AfterKey ?? throw new ArgumentException($"A list ordered by {OrderBy} starts after a key and a number; the query has only the number.", "query"),
            number),
    };
}
