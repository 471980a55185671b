using System.Buffers.Text;
using System.Text;

namespace HelpDesk.GraphQL.Schema;

/// <summary>Opaque node ids: the type name and the entity id, base64url-encoded. Clients never parse them.</summary>
internal static class GlobalId
{
    public static string Encode(string typeName, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    public static bool TryDecode(string? globalId, out string typeName, out string id)
    {
        typeName = id = "";
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200 || !Base64Url.IsValid(globalId))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == text.Length - 1)
        {
            return false;
        }

        (typeName, id) = (text[..separator], text[(separator + 1)..]);
        return true;
    }

    public static string? DecodeFor(string typeName, string? globalId) =>
        TryDecode(globalId, out var type, out var id) && type == typeName ? id : null;
}
