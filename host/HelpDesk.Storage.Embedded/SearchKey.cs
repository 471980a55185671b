namespace HelpDesk.Storage.Embedded;

/// <summary>
/// The form text is searched in: stored lower-cased in <c>*_key</c> columns and matched with <c>instr</c>, so a search
/// ignores case (SQLite's own <c>lower</c> and <c>LIKE</c> only fold ASCII) and its wildcards mean nothing.
/// </summary>
internal static class SearchKey
{
    public static string? Of(string? text) => text?.ToLowerInvariant();
}
