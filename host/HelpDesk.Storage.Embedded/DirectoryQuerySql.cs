using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Turns a <see cref="DirectoryQuery"/> into a parameterised WHERE clause, always scoped to one organisation.</summary>
internal static class DirectoryQuerySql
{
    /// <param name="command">The command the parameters are added to.</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="query">The query.</param>
    /// <param name="searchColumns">The lower-cased columns the text is looked for in.</param>
    /// <param name="ownerColumn">The column holding the owning contact, or <see langword="null"/> when entries have none.</param>
    public static string Where(SqliteCommand command, string organizationId, DirectoryQuery query, IReadOnlyList<string> searchColumns, string? ownerColumn)
    {
        var conditions = new List<string> { "organization_id = @organization_id" };
        command.With("@organization_id", organizationId);
        if (ownerColumn is not null && query.ContactId is not null)
        {
            conditions.Add($"{ownerColumn} = @contact_id");
            command.With("@contact_id", query.ContactId);
        }

        if (query.AfterId is not null)
        {
            conditions.Add("id > @after_id");
            command.With("@after_id", query.AfterId);
        }

        // instr finds the text literally: no character of it is a wildcard, as % and _ would be for LIKE.
        if (!string.IsNullOrEmpty(query.Text))
        {
            conditions.Add(SearchKey.InAny(searchColumns, "@text"));
            command.With("@text", SearchKey.Of(query.Text));
        }

        return string.Join(" AND ", conditions);
    }
}
