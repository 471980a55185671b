using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace HelpDesk.GraphQL.Connections;

/// <summary>Opaque cursors over ticket numbers: stable under inserts because numbers never change.</summary>
internal static class Cursor
{
    private const string Prefix = "n:";

    public static string FromNumber(long number) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + number.ToString(CultureInfo.InvariantCulture)));

    public static bool TryReadNumber(string cursor, out long number)
    {
        number = 0;
        if (cursor.Length is 0 or > 64 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
