using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Tickets;
using HelpDesk.GraphQL.Access;
using HelpDesk.GraphQL.Calls;
using HelpDesk.GraphQL.Desks;
using HelpDesk.GraphQL.Directory;
using HelpDesk.GraphQL.Inputs;
using HelpDesk.GraphQL.Messages;
using HelpDesk.GraphQL.Metrics;
using HelpDesk.GraphQL.Promises;
using HelpDesk.GraphQL.Mutations;
using HelpDesk.GraphQL.Payloads;
using HelpDesk.GraphQL.Surveys;
using HelpDesk.GraphQL.Transfers;

namespace HelpDesk.GraphQL.Schema;

/// <summary>The root mutation type.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Everything a front end can change.";

        Field<NonNullGraphType<OpenTicketPayloadType>>("openTicket")
            .Description("Opens a ticket: the organisation's tagging plugins label it and its escalation policy is evaluated before it is stored.")
            .Argument<NonNullGraphType<OpenTicketInputType>>("input", "What to open the ticket with.")
            .ResolveAsync(async c =>
            {
                var command = OpenTicketInputType.ToCommand(c.GetArgument<Dictionary<string, object?>>("input"), c.ActorId());
                return await c.Service<TicketService>().OpenAsync(c.OrganizationId(), command, c.CancellationToken);
            });

        TicketMutationFields.AddTo(this);
        CallFields.AddMutations(this);
        SurveyFields.AddMutations(this);
        MetricFields.AddMutations(this);
        DeskFields.AddMutations(this);
        Desks.DeskPackageFields.AddMutations(this);
        DirectoryFields.AddMutations(this);
        AccessFields.AddMutations(this);
        TransferFields.AddMutations(this);
        MessageFields.AddMutations(this);
        PromiseFields.AddMutations(this);
    }
}
