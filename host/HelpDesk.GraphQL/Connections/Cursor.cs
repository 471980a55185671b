using System.Buffers.Text;
using System.Globalization;
using System.Text;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>
/// Opaque cursors over a ticket's place in an ordered list: the order, the ticket's sort key and its number –
/// <c>n:42</c> by number (the form cursors have always had), <c>u:&lt;UTC ticks&gt;:42</c> by update time,
/// <c>p:&lt;rank&gt;:42</c> by priority. Stable under inserts, as a cursor holds values rather than an offset, and a cursor
/// says which order it belongs to, so one of another order can be refused.
/// </summary>
internal static class Cursor
{
    private const int MaxLength = 64;

    private static readonly Dictionary<TicketSort, string> Prefixes = new()
    {
        [TicketSort.Number] = "n",
        [TicketSort.UpdatedAt] = "u",
        [TicketSort.Priority] = "p",
    };

    /// <summary>The cursor of a ticket in a list ordered by number.</summary>
    public static string FromNumber(long number) => Encode($"n:{Text(number)}");

    /// <summary>The cursor of a ticket in a list in the given order.</summary>
    public static string For(Ticket ticket, TicketSort sort) =>
        sort == TicketSort.Number
            ? FromNumber(ticket.Number)
            : Encode($"{Prefixes[sort]}:{Text(TicketSortKey.Of(ticket, sort))}:{Text(ticket.Number)}");

    /// <summary>Reads a cursor of a list ordered by number.</summary>
    public static bool TryReadNumber(string cursor, out long number)
    {
        var read = TryRead(cursor, out var sort, out var position) && sort == TicketSort.Number;
        number = read ? position.Number : 0;
        return read;
    }

    /// <summary>Reads any cursor this API returned: the order it belongs to and the position it marks.</summary>
    public static bool TryRead(string cursor, out TicketSort sort, out TicketPosition position)
    {
        sort = TicketSort.Number;
        position = default;
        if (cursor.Length is 0 or > MaxLength || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
        if (Prefixes.Where(p => p.Value == parts[0]).Select(p => (TicketSort?)p.Key).SingleOrDefault() is not { } read)
        {
            return false;
        }

        sort = read;
        var values = parts.Skip(1).Select(Parse).ToList();
        if (values.Count != (sort == TicketSort.Number ? 1 : 2) || values.Any(v => v is null))
        {
            return false;
        }

        position = new TicketPosition(values[0]!.Value, values[^1]!.Value);
        return TicketSortKey.IsValid(sort, position.Key);
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A non-negative whole number in digits only, or <see langword="null"/>.</summary>
    private static long? Parse(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
