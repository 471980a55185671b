using System.Buffers.Text;
using System.Text;

namespace HelpDesk.GraphQL.Connections;

/// <summary>Opaque cursors over entity ids (contacts, assets), which are time-ordered and never change.</summary>
internal static class IdCursor
{
    private const string Prefix = "i:";

    public static string From(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + id));

    public static string? Read(string argument, string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        if (cursor.Length is > 0 and <= 200 && Base64Url.IsValid(cursor))
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length)
            {
                return text[Prefix.Length..];
            }
        }

        throw Errors.GraphQLErrors.Validation($"The cursor in '{argument}' is not valid; use a cursor returned by this API.");
    }
}
