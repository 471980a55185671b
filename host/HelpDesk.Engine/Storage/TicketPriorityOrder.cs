using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>
/// How priorities rank in a list ordered by priority: low, normal, high, urgent – by urgency, not by name, and not by the
/// enum's declaration order, so a reordered enum cannot change it.
/// </summary>
public static class TicketPriorityOrder
{
    /// <summary>
    /// The distance between two ranks in <see cref="KeyOf"/>: 2^50, more than any ticket number reaches, so one number per
    /// ticket orders like (rank, number).
    /// </summary>
    public const long RankStep = 1L << 50;

    private static readonly TicketPriority[] Ranked = [TicketPriority.Low, TicketPriority.Normal, TicketPriority.High, TicketPriority.Urgent];

    /// <summary>Gets the priorities from the lowest rank (0) to the highest.</summary>
    public static IReadOnlyList<TicketPriority> Ascending => Ranked;

    /// <summary>The rank of a priority: 0 for low up to 3 for urgent.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The rank.</returns>
    public static int RankOf(TicketPriority priority)
    {
        var rank = Array.IndexOf(Ranked, priority);
        return rank >= 0 ? rank : throw new ArgumentOutOfRangeException(nameof(priority), priority, "The priority has no rank.");
    }

    /// <summary>Whether a value is a rank of <see cref="Ascending"/>.</summary>
    /// <param name="rank">The value.</param>
    /// <returns><see langword="true"/> for 0 to 3.</returns>
    public static bool IsRank(long rank) => rank >= 0 && rank < Ranked.Length;

    /// <summary>
    /// One value that orders tickets by rank, then number: <c>rank × <see cref="RankStep"/> + number</c>. Stores index it
    /// so a page after a position is one range of one index.
    /// </summary>
    /// <param name="rank">The rank of the ticket's priority.</param>
    /// <param name="number">The ticket's number.</param>
    /// <returns>The combined key.</returns>
    public static long KeyOf(long rank, long number) => checked((rank * RankStep) + number);
}
