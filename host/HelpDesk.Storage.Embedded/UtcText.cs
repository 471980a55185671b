using System.Globalization;

namespace HelpDesk.Storage.Embedded;

/// <summary>How instants are written to indexed columns.</summary>
internal static class UtcText
{
    /// <summary>UTC in round-trip form sorts correctly as text; the JSON document keeps the original offset.</summary>
    public static string From(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
