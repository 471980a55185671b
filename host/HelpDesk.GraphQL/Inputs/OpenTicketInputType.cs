using GraphQL.Types;
using HelpDesk.Engine.Tickets;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Inputs;

/// <summary>The input of <c>openTicket</c>.</summary>
internal sealed class OpenTicketInputType : InputObjectGraphType
{
    public OpenTicketInputType()
    {
        Name = "OpenTicketInput";
        Description = "What to open a ticket with.";
        Field<NonNullGraphType<StringGraphType>>("subject").Description("One line that sums up the problem (at most 200 characters).");
        Field<StringGraphType>("description").Description("The full description (at most 20,000 characters).");
        Field<TicketPriorityEnum>("priority").Description("The urgency; NORMAL when omitted.");
        Field<IdGraphType>("contactId").Description("The caller's contact id, if known.");
        Field<IdGraphType>("assetId").Description("The asset the ticket is about, if any.");
        Field<StringGraphType>("clientMutationId").Description("An idempotency key: a retried request with the same key returns the ticket opened first instead of opening another.");
    }

    public static OpenTicketCommand ToCommand(IDictionary<string, object?> input, string? actorId) => new()
    {
        Subject = input.TryGetValue("subject", out var subject) ? subject as string ?? "" : "",
        Description = input.TryGetValue("description", out var description) ? description as string ?? "" : "",
        Priority = input.TryGetValue("priority", out var priority) && priority is TicketPriority p ? p : TicketPriority.Normal,
        ContactId = Decode(input, "contactId", ContactType.TypeName),
        AssetId = Decode(input, "assetId", AssetType.TypeName),
        IdempotencyKey = input.TryGetValue("clientMutationId", out var key) ? key as string : null,
        ActorId = actorId,
    };

    // An id that does not decode is passed on as given, so the service answers it as a contact or asset not found.
    private static string? Decode(IDictionary<string, object?> input, string field, string typeName) =>
        input.TryGetValue(field, out var value) && value is string id ? GlobalId.DecodeFor(typeName, id) ?? id : null;
}
