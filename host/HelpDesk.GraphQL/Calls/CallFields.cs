using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using HelpDesk.Engine.Calls;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Execution;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;
using static HelpDesk.GraphQL.Schema.InputValues;

namespace HelpDesk.GraphQL.Calls;

/// <summary>Interactions through the call steps, holds and the hold queue: queries, mutations and subscriptions.</summary>
internal static class CallFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<InteractionType>("interaction")
            .Description("An interaction by id; null when it does not exist or belongs to another organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The interaction's id.")
            .ResolveAsync(async c => await FindInteractionAsync(c, GlobalId.DecodeFor(InteractionType.TypeName, c.GetArgument<string>("id"))));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HeldCallerType>>>>("holdQueue")
            .Description("The organisation's callers on hold, first in, first out: the one put on hold first is first, with how long each has waited and why.")
            .ResolveAsync(async c => await c.Service<HoldQueue>().ListAsync(c.OrganizationId(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StartInteractionPayloadType>, OperationResult<InteractionResult>>("startInteraction")
            .Description("Starts a conversation about a ticket – call, chat or e-mail – in the greeting step, and gives the greeting lines.")
            .Argument<NonNullGraphType<StartInteractionInputType>>("input", "The ticket, channel and agent.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var ticketId = GlobalId.DecodeFor(TicketType.TypeName, Get<string>(input, "ticketId"));
                if (ticketId is null)
                {
                    return OperationResult<InteractionResult>.Failure([UserError.ForInput("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound)]);
                }

                var command = new StartInteractionCommand(ticketId, Get<InteractionChannel?>(input, "channel") ?? InteractionChannel.Phone, Get<string>(input, "agentId") ?? "", Get<string>(input, "agentName"), c.ActorId());
                return await c.Service<InteractionService>().StartAsync(c.OrganizationId(), command, c.CancellationToken);
            });

        Change<MoveInteractionInputType, MoveInteractionPayloadType>(mutation, "moveInteraction", "Moves a conversation to a call step, forward or back; the time spent in the step it leaves is recorded.",
            (s, c, org, id, v, i) => s.MoveAsync(org, id, v, Get<CallStep?>(i, "step") ?? CallStep.Greeting, c.ActorId(), c.CancellationToken));
        Change<HoldInteractionInputType, HoldInteractionPayloadType>(mutation, "holdInteraction", "Puts the caller on hold with the reason told to them; the agent is reminded to check back while the caller waits (see reminders).",
            (s, c, org, id, v, i) => s.HoldAsync(org, id, v, Get<string>(i, "reason"), c.ActorId(), c.CancellationToken));
        Change<ResumeInteractionInputType, ResumeInteractionPayloadType>(mutation, "resumeInteraction", "Takes the caller off hold; the hold's time is recorded and the reminders stop.",
            (s, c, org, id, v, _) => s.ResumeAsync(org, id, v, c.ActorId(), c.CancellationToken));
        Change<EndInteractionInputType, EndInteractionPayloadType>(mutation, "endInteraction", "Ends the conversation with its goodbye; a caller still on hold is taken off hold.",
            (s, c, org, id, v, _) => s.EndAsync(org, id, v, c.ActorId(), c.CancellationToken));
    }

    public static void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HeldCallerType>>>>("queueChanged")
            .Description("Streams the organisation's hold queue (first in, first out) each time a caller is put on hold, taken off hold or their call ends.")
            .ResolveStream(c =>
            {
                var (organizationId, feed, queue) = (c.OrganizationId(), c.Service<IEventFeed>(), c.Service<HoldQueue>());
                return new AsyncEnumerableObservable<IReadOnlyList<HeldCaller>>(token => CallStreams.QueueChangesAsync(feed, queue, organizationId, token));
            });

        subscription.Field<NonNullGraphType<HoldCheckBackReminderType>>("reminders")
            .Description("Streams check-back reminders as they fall due: a caller has waited on hold long enough that the agent should check back with them.")
            .Argument<StringGraphType>("agentId", "Only the reminders of this agent (matched without regard to case); every agent's of the organisation when omitted.")
            .ResolveStream(c =>
            {
                var (organizationId, feed, agentId) = (c.OrganizationId(), c.Service<IEventFeed>(), c.GetArgument<string?>("agentId"));
                return new AsyncEnumerableObservable<HelpDesk.Sdk.Events.HoldCheckBackDue>(token => CallStreams.RemindersAsync(feed, organizationId, agentId, token));
            });
    }

    public static async Task<Interaction?> FindInteractionAsync(IResolveFieldContext context, string? id) =>
        id is null ? null : await context.Service<IInteractionStore>().FindAsync(context.OrganizationId(), id, context.CancellationToken);

    private static FieldBuilder<object?, OperationResult<InteractionResult>> Change<TInput, TPayload>(
        ObjectGraphType mutation,
        string name,
        string description,
        Func<InteractionService, IResolveFieldContext, string, string, int?, IDictionary<string, object?>, Task<OperationResult<InteractionResult>>> change)
        where TInput : IInputObjectGraphType
        where TPayload : IGraphType =>
        mutation.Field<NonNullGraphType<TPayload>, OperationResult<InteractionResult>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "What to change.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var interactionId = GlobalId.DecodeFor(InteractionType.TypeName, Get<string>(input, "interactionId"));
                if (interactionId is null)
                {
                    return OperationResult<InteractionResult>.Failure([UserError.ForInput("interactionId", "No interaction with this id exists in your organisation.", UserErrorCode.NotFound)]);
                }

                return await change(c.Service<InteractionService>(), c, c.OrganizationId(), interactionId, Get<int?>(input, "expectedVersion"), input);
            });

}
