using System.Globalization;

namespace HelpDesk.Storage.Embedded;

/// <summary>How instants are written to indexed columns.</summary>
internal static class UtcText
{
    /// <summary>
    /// UTC in round-trip form: always four-digit year, seven fractional digits and <c>Z</c>, so comparing the text compares
    /// the instants to the tick (ranges and orders work on the column); the JSON document keeps the original offset.
    /// </summary>
    public static string From(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
