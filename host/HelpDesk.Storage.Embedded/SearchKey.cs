namespace HelpDesk.Storage.Embedded;

/// <summary>
/// The form text is searched in: stored lower-cased in <c>*_key</c> columns and matched with <c>instr</c>, so a search
/// ignores case (SQLite's own <c>lower</c> and <c>LIKE</c> only fold ASCII) and its wildcards mean nothing.
/// </summary>
internal static class SearchKey
{
    public static string? Of(string? text) => text?.ToLowerInvariant();

    /// <summary>A condition that holds when any of the key columns contains the parameter's text, bound with <see cref="Of"/>.</summary>
    /// <param name="columns">The lower-cased columns, the schema's own names.</param>
    /// <param name="parameter">The parameter holding the lower-cased text, for example <c>@text</c>.</param>
    public static string InAny(IEnumerable<string> columns, string parameter) =>
        $"({string.Join(" OR ", columns.Select(c => $"instr({c}, {parameter}) > 0"))})";
}
