using GraphQL.Types;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
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
        Field<IdGraphType>("contactId").Description("Include tickets of this contact.");
        Field<IdGraphType>("assetId").Description("Include tickets about this asset.");
        Field<StringGraphType>("text").Description("Include tickets whose subject or description contains this text, in any case.");
        Field<DateTimeScalar>("updatedAfter").Description("Include tickets changed after this time.");
    }

    public static TicketFilter ToFilter(IDictionary<string, object?>? input) => input is null ? new TicketFilter() : new TicketFilter
    {
        Statuses = List<TicketStatus>(input, "status"),
        Priorities = List<TicketPriority>(input, "priority"),
        Tags = [.. List<string>(input, "tag").Select(t => t.Trim().ToLowerInvariant())],
        AssigneeId = input.TryGetValue("assigneeId", out var assignee) ? assignee as string : null,
        ContactId = Decode(input, "contactId", ContactType.TypeName),
        AssetId = Decode(input, "assetId", AssetType.TypeName),
        Text = input.TryGetValue("text", out var text) && text is string { Length: > 0 } words ? words.Trim() : null,
        UpdatedAfter = input.TryGetValue("updatedAfter", out var after) ? after as DateTimeOffset? : null,
    };

    private static IReadOnlyList<T> List<T>(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<T>()] : [];

    // An id that does not decode matches nothing, exactly like an id of another organisation.
    private static string? Decode(IDictionary<string, object?> input, string field, string typeName) =>
        input.TryGetValue(field, out var value) && value is string id ? GlobalId.DecodeFor(typeName, id) ?? "\u0000" + id : null;
}
