using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Mutations;

/// <summary>The result every ticket-changing mutation returns: the ticket after the change, or the problems.</summary>
internal abstract class TicketMutationPayload : ObjectGraphType<OperationResult<Ticket>>
{
    protected TicketMutationPayload(string name, string description)
    {
        Name = name;
        Description = description;
        Field<TicketType>("ticket").Description("The ticket after the change; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}
