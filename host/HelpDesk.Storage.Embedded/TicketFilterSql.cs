using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Turns a <see cref="TicketFilter"/> into a parameterised WHERE clause over <c>tickets t</c>, always scoped to one organisation.</summary>
internal static class TicketFilterSql
{
    public static string Where(SqliteCommand command, string organizationId, TicketFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new List<string> { "t.organization_id = @organization_id" };
        command.With("@organization_id", organizationId);

        AddIn(command, conditions, "t.status", "@status", filter.Statuses.Select(s => s.ToString()));
        AddIn(command, conditions, "t.priority", "@priority", filter.Priorities.Select(p => p.ToString()));
        AddEqual(command, conditions, "t.assignee_id", "@assignee_id", filter.AssigneeId);
        AddEqual(command, conditions, "t.contact_id", "@contact_id", filter.ContactId);
        AddEqual(command, conditions, "t.asset_id", "@asset_id", filter.AssetId);

        // A ticket must carry every tag asked for; tags are stored lower case, as Ticket.HasTag ignores case.
        var tags = filter.Tags.Select(TagKey).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < tags.Count; i++)
        {
            conditions.Add(
                "EXISTS (SELECT 1 FROM ticket_tags g WHERE g.organization_id = t.organization_id " +
                $"AND g.ticket_id = t.id AND g.tag = @tag{i})");
            command.With($"@tag{i}", tags[i]);
        }

        return string.Join(" AND ", conditions);
    }

    /// <summary>The form a tag name is indexed under.</summary>
    public static string TagKey(string name) => name.ToLowerInvariant();

    private static void AddIn(SqliteCommand command, List<string> conditions, string column, string prefix, IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        conditions.Add($"{column} IN ({command.WithList(prefix, distinct)})");
    }

    private static void AddEqual(SqliteCommand command, List<string> conditions, string column, string parameter, string? value)
    {
        if (value is null)
        {
            return;
        }

        conditions.Add($"{column} = {parameter}");
        command.With(parameter, value);
    }
}
