using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Turns a <see cref="TicketFilter"/> into a parameterised WHERE clause over <c>tickets t</c>, always scoped to one organisation.</summary>
internal static class TicketFilterSql
{
    private static readonly string[] SearchColumns = ["t.subject_key", "t.description_key"];

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

        // The text is looked for literally, in the lower-cased copies of subject and description the writes keep.
        if (!string.IsNullOrEmpty(filter.Text))
        {
            conditions.Add(SearchKey.InAny(SearchColumns, "@text"));
            command.With("@text", SearchKey.Of(filter.Text));
        }

        // updated_at is UTC text of fixed width (UtcText), so comparing the text compares the instants, to the tick.
        if (filter.UpdatedAfter is { } updatedAfter)
        {
            conditions.Add("t.updated_at > @updated_after");
            command.With("@updated_after", UtcText.From(updatedAfter));
        }

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

    /// <summary>Binds <c>@subject_key</c> and <c>@description_key</c>, the lower-cased texts a text filter looks in.</summary>
    public static SqliteCommand WithSearchKeys(this SqliteCommand command, Ticket ticket) => command
        .With("@subject_key", SearchKey.Of(ticket.Subject))
        .With("@description_key", SearchKey.Of(ticket.Description));

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
