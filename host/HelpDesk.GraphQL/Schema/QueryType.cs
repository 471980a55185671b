using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Access;
using HelpDesk.GraphQL.Calls;
using HelpDesk.Engine.Greetings;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Connections;
using HelpDesk.GraphQL.Directory;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Escalation;
using HelpDesk.GraphQL.Inputs;
using HelpDesk.GraphQL.Messages;
using HelpDesk.GraphQL.Metrics;
using HelpDesk.GraphQL.Promises;
using HelpDesk.GraphQL.Review;
using HelpDesk.GraphQL.Transfers;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Schema;

/// <summary>The root query type.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Everything a front end can read.";

        Field<NodeInterface>("node")
            .Description("Fetches any object by its opaque id; null when it does not exist or belongs to another organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The object's id.")
            .ResolveAsync(async c => await FindNodeAsync(c, c.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches several objects by id, in the order asked; null for each one that does not exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The ids, at most 100.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > TicketConnectionResolver.MaxPageSize)
                {
                    throw GraphQLErrors.Validation($"The argument 'ids' may hold at most {TicketConnectionResolver.MaxPageSize} ids; it holds {ids.Count}.");
                }

                var results = new List<object?>();
                foreach (var id in ids)
                {
                    results.Add(await FindNodeAsync(c, id));
                }

                return results;
            });

        Field<TicketType>("ticket")
            .Description("A ticket by id; null when it does not exist or belongs to another organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The ticket's id.")
            .ResolveAsync(async c => await FindTicketAsync(c, GlobalId.DecodeFor(TicketType.TypeName, c.GetArgument<string>("id"))));

        Field<NonNullGraphType<TicketConnectionType>>("tickets")
            .Description("The organisation's tickets, newest first unless ordered otherwise, a page at a time.")
            .Argument<IntGraphType>("first", $"How many tickets from the start (or after 'after'), 0 to {TicketConnectionResolver.MaxPageSize}; {TicketConnectionResolver.DefaultPageSize} when neither first nor last is given.")
            .Argument<StringGraphType>("after", "Start after this cursor.")
            .Argument<IntGraphType>("last", $"How many tickets from the end (or before 'before'), 0 to {TicketConnectionResolver.MaxPageSize}.")
            .Argument<StringGraphType>("before", "End before this cursor.")
            .Argument<TicketFilterInputType>("filter", "Which tickets to include.")
            .Argument<TicketOrderInputType>("orderBy", "The order; by number, descending, when omitted.")
            .ResolveAsync(async c => await TicketConnectionResolver.ResolveAsync(
                c.Service<ITicketStore>(),
                c.OrganizationId(),
                TicketFilterInputType.ToFilter(c.GetArgument<Dictionary<string, object?>?>("filter")),
                TicketOrderInputType.ToSort(c.GetArgument<Dictionary<string, object?>?>("orderBy")),
                TicketOrderInputType.IsDescending(c.GetArgument<Dictionary<string, object?>?>("orderBy")),
                c.GetArgument<int?>("first"),
                c.GetArgument<string?>("after"),
                c.GetArgument<int?>("last"),
                c.GetArgument<string?>("before"),
                c.CancellationToken));

        Field<NonNullGraphType<ScriptType>>("greeting")
            .Description("Renders what the agent says at a moment of a call, from the organisation's greeting-script plugin.")
            .Argument<NonNullGraphType<GreetingInputType>>("input", "Who is talking, in what language and when.")
            .ResolveAsync(async c =>
            {
                var query = GreetingInputType.ToQuery(c.GetArgument<Dictionary<string, object?>>("input"));
                var result = await c.Service<GreetingService>().RenderAsync(c.OrganizationId(), query, c.CancellationToken);
                return result.Value ?? throw ToExecutionError(result.Errors[0]);
            });

        Field<NonNullGraphType<OrganizationType>>("organization")
            .Description("The organisation of the caller's API key, with its desk.")
            .ResolveAsync(async c => await c.Service<IOrganizationStore>().FindAsync(c.OrganizationId(), c.CancellationToken)
                ?? throw GraphQLErrors.NotFound("The organisation of this API key no longer exists."));

        DirectoryFields.AddQueries(this);
        CallFields.AddQueries(this);
        MetricFields.AddQueries(this);
        AccessFields.AddQueries(this);
        Audit.AuditFields.AddQueries(this);
        EscalationFields.AddQueries(this);
        ReviewFields.AddQueries(this);
        TransferFields.AddQueries(this);
        MessageFields.AddQueries(this);
        PromiseFields.AddQueries(this);
        Desks.DeskPackageFields.AddQueries(this);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PluginType>>>>("plugins")
            .Description("Every plugin the host discovered, with its status and, for refused ones, the reason.")
            .Resolve(c => c.Service<PluginCatalog>().All);
    }

    private static async Task<object?> FindNodeAsync(IResolveFieldContext context, string? id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var entityId))
        {
            return null;
        }

        return type switch
        {
            TicketType.TypeName => await FindTicketAsync(context, entityId),
            ContactType.TypeName => await DirectoryFields.FindContactAsync(context, entityId),
            AssetType.TypeName => await DirectoryFields.FindAssetAsync(context, entityId),
            InteractionType.TypeName => await CallFields.FindInteractionAsync(context, entityId),
            TransferRequestType.TypeName => await TransferFields.FindAsync(context, entityId),
            MessageType.TypeName => await MessageFields.FindAsync(context, entityId),
            PromiseType.TypeName => await PromiseFields.FindAsync(context, entityId),
            _ => null,
        };
    }

    private static async Task<Ticket?> FindTicketAsync(IResolveFieldContext context, string? ticketId) =>
        ticketId is null ? null : await context.Service<ITicketStore>().FindAsync(context.OrganizationId(), ticketId, context.CancellationToken);

    private static ExecutionError ToExecutionError(UserError error)
    {
        var code = error.Code switch
        {
            UserErrorCode.NotFound => ErrorCodes.NotFound,
            UserErrorCode.PluginFailed => ErrorCodes.PluginUnavailable,
            _ => ErrorCodes.ValidationFailed,
        };
        return new ExecutionError($"{string.Join('.', error.Field)}: {error.Message}") { Code = code };
    }
}
