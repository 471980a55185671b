using GraphQL.Types;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Enums;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Inputs;

/// <summary>Which tickets a list includes.</summary>
internal sealed class TicketFilterInputType : InputObjectGraphType
{
    public TicketFilterInputType()
    {
        Name = "TicketFilter";
        Description = "Which tickets to include; every given criterion must match, omitted ones match everything.";
        Field<ListGraphType<NonNullGraphType<TicketStatusEnum>>>("status").Description("Include tickets with any of these statuses.");
        Field<ListGraphType<NonNullGraphType<TicketPriorityEnum>>>("priority").Description("Include tickets with any of these priorities.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tag").Description("Include tickets carrying all of these tags.");
        Field<StringGraphType>("assigneeId").Description("Include tickets assigned to this agent.");
        Field<StringGraphType>("contactId").Description("Include tickets of this contact.");
        Field<StringGraphType>("assetId").Description("Include tickets about this asset.");
    }

    public static TicketFilter ToFilter(IDictionary<string, object?>? input) => input is null ? new TicketFilter() : new TicketFilter
    {
        Statuses = List<TicketStatus>(input, "status"),
        Priorities = List<TicketPriority>(input, "priority"),
        Tags = [.. List<string>(input, "tag").Select(t => t.Trim().ToLowerInvariant())],
        AssigneeId = input.TryGetValue("assigneeId", out var assignee) ? assignee as string : null,
        ContactId = input.TryGetValue("contactId", out var contact) ? contact as string : null,
        AssetId = input.TryGetValue("assetId", out var asset) ? asset as string : null,
    };

    private static IReadOnlyList<T> List<T>(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<T>()] : [];
}
