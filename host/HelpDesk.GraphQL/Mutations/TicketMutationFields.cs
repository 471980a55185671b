using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Tickets;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;
using static HelpDesk.GraphQL.Schema.InputValues;

namespace HelpDesk.GraphQL.Mutations;

/// <summary>The ticket life-cycle mutations, added to the root mutation type.</summary>
internal static class TicketMutationFields
{
    public static void AddTo(ObjectGraphType mutation)
    {
        Add<UpdateTicketInputType, UpdateTicketPayloadType>(mutation, "updateTicket", "Changes a ticket's subject, description, priority or working status.",
            (l, c, org, id, v, i) => l.EditAsync(org, id, v, new TicketEdit(Get<string>(i, "subject"), Get<string>(i, "description"), Get<TicketPriority?>(i, "priority"), Get<TicketStatus?>(i, "status"), c.ActorId()), c.CancellationToken));
        Add<NoteInputType, AddNotePayloadType>(mutation, "addNote", "Writes an internal note on a ticket; the tagging plugins read it.",
            (l, c, org, id, v, i) => l.AddNoteAsync(org, id, v, NoteKind.Internal, Get<string>(i, "text") ?? "", c.ActorId(), c.CancellationToken));
        Add<ReplyInputType, ReplyToTicketPayloadType>(mutation, "replyToTicket", "Replies to the caller; the first reply sets the first response time and opens the ticket.",
            (l, c, org, id, v, i) => l.AddNoteAsync(org, id, v, NoteKind.Reply, Get<string>(i, "text") ?? "", c.ActorId(), c.CancellationToken));
        Add<AssignTicketInputType, AssignTicketPayloadType>(mutation, "assignTicket", "Assigns a ticket to an agent.",
            (l, c, org, id, v, i) => l.AssignAsync(org, id, v, Get<string>(i, "assigneeId") ?? "", c.ActorId(), c.CancellationToken));
        Add<TransferTicketInputType, TransferTicketPayloadType>(mutation, "transferTicket", "Hands a ticket to another team or agent; transfers are counted and feed escalation.",
            (l, c, org, id, v, i) => l.TransferAsync(org, id, v, Get<string>(i, "to") ?? "", Get<bool?>(i, "warm") ?? true, c.ActorId(), c.CancellationToken));
        Add<EscalateTicketInputType, EscalateTicketPayloadType>(mutation, "escalateTicket", "Moves a ticket to another tier by hand, with a reason. Needs the supervisor role.",
            (l, c, org, id, v, i) => l.EscalateAsync(org, id, v, Get<SupportTier?>(i, "tier") ?? SupportTier.SecondLevel, Get<string>(i, "team"), Get<string>(i, "reason") ?? "", c.ActorId(), c.CancellationToken))
            .RequireRole(ApiKeyRole.Supervisor);
        Add<ReopenTicketInputType, ReopenTicketPayloadType>(mutation, "reopenTicket", "Reopens a resolved or closed ticket.",
            (l, c, org, id, v, i) => l.ReopenAsync(org, id, v, Get<string>(i, "reason"), c.ActorId(), c.CancellationToken));
        Add<TagTicketInputType, TagTicketPayloadType>(mutation, "tagTicket", "Adds and removes a ticket's labels by hand.",
            (l, c, org, id, v, i) => l.TagAsync(org, id, v, Strings(i, "add"), Strings(i, "remove"), c.ActorId(), c.CancellationToken));
    }

    private static FieldBuilder<object?, OperationResult<Ticket>> Add<TInput, TPayload>(
        ObjectGraphType mutation,
        string name,
        string description,
        Func<TicketLifecycle, IResolveFieldContext, string, string, int?, IDictionary<string, object?>, Task<OperationResult<Ticket>>> change)
        where TInput : IInputObjectGraphType
        where TPayload : IGraphType =>
        mutation.Field<NonNullGraphType<TPayload>, OperationResult<Ticket>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "What to change.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var ticketId = GlobalId.DecodeFor(TicketType.TypeName, Get<string>(input, "ticketId"));
                if (ticketId is null)
                {
                    return OperationResult<Ticket>.Failure([UserError.ForInput("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound)]);
                }

                return await change(c.Service<TicketLifecycle>(), c, c.OrganizationId(), ticketId, Get<int?>(input, "expectedVersion"), input);
            });

    private static List<string> Strings(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];

}
