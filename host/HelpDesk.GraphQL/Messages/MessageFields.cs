using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Messages;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Execution;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Transfers;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using static HelpDesk.GraphQL.Schema.InputValues;

namespace HelpDesk.GraphQL.Messages;

/// <summary>Messages: takeMessage, markMessageCalledBack, the messages query and the messages subscription.</summary>
internal static class MessageFields
{
    private const int DefaultListSize = 50;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageType>>>>("messages")
            .Description("The messages taken for a person or team, oldest call first, each saying whether its call-back window has passed.")
            .Argument<NonNullGraphType<StringGraphType>>("for", "The person or team, matched without regard to case.")
            .Argument<MessageStatusEnum>("status", "Only messages of this status; all when left out.")
            .Argument<IntGraphType>("first", $"How many messages, 0 to {MessageService.MaxListSize}; {DefaultListSize} when left out.")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? DefaultListSize;
                if (first is < 0 or > MessageService.MaxListSize)
                {
                    throw GraphQLErrors.Validation($"The argument 'first' must be between 0 and {MessageService.MaxListSize}; it is {first}.");
                }

                return await c.Service<MessageService>().ListAsync(c.OrganizationId(), c.GetArgument<string>("for"), c.GetArgument<MessageStatus?>("status"), first, c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TakeMessagePayloadType>, OperationResult<TakenMessage>>("takeMessage")
            .Description("Takes a message for someone who could not take a call: checks it is complete, delivers it to the addressee (messages subscription) and returns the lines to read it back to the caller.")
            .Argument<NonNullGraphType<TakeMessageInputType>>("input", "The message.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var ticketGlobalId = Get<string>(input, "ticketId");
                var ticketId = ticketGlobalId is null ? null : GlobalId.DecodeFor(TicketType.TypeName, ticketGlobalId) ?? "";
                return await c.Service<MessageService>().TakeAsync(c.OrganizationId(), ToCommand(input, ticketId, c.ActorId()), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<MarkMessageCalledBackPayloadType>, OperationResult<CallerMessage>>("markMessageCalledBack")
            .Description("Records that a message's caller was called back: by whom, when and with what outcome; the message is then no longer open.")
            .Argument<NonNullGraphType<MarkMessageCalledBackInputType>>("input", "The call-back.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var messageId = GlobalId.DecodeFor(MessageType.TypeName, Get<string>(input, "messageId"));
                if (messageId is null)
                {
                    return OperationResult<CallerMessage>.Failure([UserError.ForInput("messageId", "No message with this id exists in your organisation.", UserErrorCode.NotFound)]);
                }

                var command = new CallBackCommand
                {
                    MessageId = messageId,
                    ExpectedVersion = Get<int?>(input, "expectedVersion"),
                    CalledBackBy = Get<string>(input, "calledBackBy"),
                    CalledBackAt = Get<DateTimeOffset?>(input, "calledBackAt"),
                    Outcome = Get<string>(input, "outcome"),
                    ActorId = c.ActorId(),
                };
                return await c.Service<MessageService>().MarkCalledBackAsync(c.OrganizationId(), command, c.CancellationToken);
            });
    }

    public static void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<MessageType>>("messages")
            .Description("Delivers the messages taken for a person or team from now on, as they are taken.")
            .Argument<NonNullGraphType<StringGraphType>>("for", "The person or team, matched without regard to case.")
            .ResolveStream(c =>
            {
                var (organizationId, key, messages) = (c.OrganizationId(), AddresseeKey.Of(c.GetArgument<string>("for")), c.Service<MessageService>());
                var feed = c.Service<IEventFeed>();
                return new AsyncEnumerableObservable<CallerMessage>(token => EventStreams.OfAsync<MessageTaken, CallerMessage>(
                    feed, organizationId, e => AddresseeKey.Of(e.For) == key, (e, ct) => messages.FindAsync(organizationId, e.MessageId, ct), token));
            });
    }

    public static async Task<CallerMessage?> FindAsync(IResolveFieldContext context, string id) =>
        await context.Service<MessageService>().FindAsync(context.OrganizationId(), id, context.CancellationToken);

    private static TakeMessageCommand ToCommand(Dictionary<string, object?> input, string? ticketId, string actorId) => new()
    {
        TicketId = ticketId,
        CallerFirstName = Get<string>(input, "callerFirstName"),
        CallerLastName = Get<string>(input, "callerLastName"),
        CallerOrganization = Get<string>(input, "callerOrganization"),
        For = Get<string>(input, "for"),
        Phone = Get<string>(input, "phone"),
        Text = Get<string>(input, "text"),
        Urgency = Get<MessageUrgency?>(input, "urgency"),
        CallBackFrom = Get<DateTimeOffset?>(input, "callBackFrom"),
        CallBackTo = Get<DateTimeOffset?>(input, "callBackTo"),
        CallerTimeZone = Get<string>(input, "callerTimeZone"),
        CalledAt = Get<DateTimeOffset?>(input, "calledAt"),
        TakenBy = Get<string>(input, "takenBy"),
        ActorId = actorId,
    };

}
