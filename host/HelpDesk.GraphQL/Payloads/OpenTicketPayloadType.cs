using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Payloads;

/// <summary>The result of <c>openTicket</c>.</summary>
internal sealed class OpenTicketPayloadType : ObjectGraphType<OperationResult<Ticket>>
{
    public OpenTicketPayloadType()
    {
        Name = "OpenTicketPayload";
        Description = "The opened ticket, or the problems with the input.";
        Field<TicketType>("ticket").Description("The ticket, tagged and with its escalation state; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}
