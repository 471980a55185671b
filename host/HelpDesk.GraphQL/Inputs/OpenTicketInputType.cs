using GraphQL.Types;
using HelpDesk.Engine.Tickets;
using HelpDesk.GraphQL.Enums;
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
        Field<StringGraphType>("contactId").Description("The caller's contact id, if known.");
        Field<StringGraphType>("assetId").Description("The asset the ticket is about, if any.");
        Field<StringGraphType>("clientMutationId").Description("An idempotency key: a retried request with the same key returns the ticket opened first instead of opening another.");
    }

    public static OpenTicketCommand ToCommand(IDictionary<string, object?> input, string? actorId) => new()
    {
        Subject = input.TryGetValue("subject", out var subject) ? subject as string ?? "" : "",
        Description = input.TryGetValue("description", out var description) ? description as string ?? "" : "",
        Priority = input.TryGetValue("priority", out var priority) && priority is TicketPriority p ? p : TicketPriority.Normal,
        ContactId = input.TryGetValue("contactId", out var contact) ? contact as string : null,
        AssetId = input.TryGetValue("assetId", out var asset) ? asset as string : null,
        IdempotencyKey = input.TryGetValue("clientMutationId", out var key) ? key as string : null,
        ActorId = actorId,
    };
}
