using System.Globalization;
using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Promises;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Calls;
using HelpDesk.GraphQL.Connections;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;
using static HelpDesk.GraphQL.Schema.InputValues;

namespace HelpDesk.GraphQL.Promises;

/// <summary>Promises: makePromise, keepPromise, breakPromise and the overduePromises query (Ticket.promises is on the ticket type).</summary>
internal static class PromiseFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PromiseConnectionType>>("overduePromises")
            .Description("The organisation's promises to callers that are past their due time and neither kept nor broken, oldest due first: the callers waiting longest for what they were promised.")
            .Argument<IntGraphType>("first", $"How many, 0 to {TicketConnectionResolver.MaxPageSize}; {TicketConnectionResolver.DefaultPageSize} when left out.")
            .Argument<StringGraphType>("after", "Start after this cursor.")
            .ResolveAsync(async c =>
            {
                var first = ForwardPage.Size(c.GetArgument<int?>("first"));
                var after = ReadCursor(c.GetArgument<string?>("after"));
                return await ForwardPage.ReadAsync(
                    first, () => c.Service<PromiseService>().ListOverdueAsync(c.OrganizationId(), after, first, c.CancellationToken), CursorOf, after is not null);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MakePromisePayloadType>, OperationResult<Promise>>("makePromise")
            .Description("Records a promise to the caller with a concrete due time; the agent is reminded before it, and an overdue promise is escalated. An 'ASAP' without a due time is refused with a suggestion.")
            .Argument<NonNullGraphType<MakePromiseInputType>>("input", "The promise.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var ticketId = GlobalId.DecodeFor(TicketType.TypeName, Get<string>(input, "ticketId"));
                if (ticketId is null)
                {
                    return NotFound("ticketId", "ticket");
                }

                var interaction = Get<string>(input, "interactionId");
                var interactionId = interaction is null ? null : GlobalId.DecodeFor(InteractionType.TypeName, interaction);
                if (interaction is not null && interactionId is null)
                {
                    return NotFound("interactionId", "interaction");
                }

                var command = new MakePromiseCommand
                {
                    TicketId = ticketId,
                    Text = Get<string>(input, "text") ?? "",
                    DueAt = Get<DateTimeOffset?>(input, "dueAt"),
                    InteractionId = interactionId,
                    ActorId = c.ActorId(),
                };
                return await c.Service<PromiseService>().MakeAsync(c.OrganizationId(), command, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<KeepPromisePayloadType>, OperationResult<Promise>>("keepPromise")
            .Description("Marks a promise kept; whether it was kept by its due time is recorded and counted in the promises-kept metric.")
            .Argument<NonNullGraphType<KeepPromiseInputType>>("input", "Which promise.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return GlobalId.DecodeFor(PromiseType.TypeName, Get<string>(input, "promiseId")) is { } promiseId
                    ? await c.Service<PromiseService>().KeepAsync(c.OrganizationId(), promiseId, Get<int?>(input, "expectedVersion"), c.ActorId(), c.CancellationToken)
                    : NotFound("promiseId", "promise");
            });

        mutation.Field<NonNullGraphType<BreakPromisePayloadType>, OperationResult<Promise>>("breakPromise")
            .Description("Gives a promise up with a reason (it counts as not kept on time); tell the caller and make a new promise you can keep.")
            .Argument<NonNullGraphType<BreakPromiseInputType>>("input", "Which promise, and why.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return GlobalId.DecodeFor(PromiseType.TypeName, Get<string>(input, "promiseId")) is { } promiseId
                    ? await c.Service<PromiseService>().BreakAsync(c.OrganizationId(), promiseId, Get<int?>(input, "expectedVersion"), Get<string>(input, "reason"), c.ActorId(), c.CancellationToken)
                    : NotFound("promiseId", "promise");
            });
    }

    public static async Task<Promise?> FindAsync(IResolveFieldContext context, string id) =>
        await context.Service<PromiseService>().FindAsync(context.OrganizationId(), id, context.CancellationToken);

    private static string CursorOf(Promise promise) => IdCursor.From($"{promise.DueAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{promise.Id}");

    private static PromisePosition? ReadCursor(string? cursor)
    {
        var text = IdCursor.Read("after", cursor);
        if (text is null)
        {
            return null;
        }

        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && long.TryParse(text[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new PromisePosition(new DateTimeOffset(ticks, TimeSpan.Zero), text[(bar + 1)..])
            : throw GraphQLErrors.Validation("The cursor in 'after' is not valid; use a cursor returned by this API.");
    }

    private static OperationResult<Promise> NotFound(string field, string what) =>
        OperationResult<Promise>.Failure([UserError.ForInput(field, $"No {what} with this id exists in your organisation.", UserErrorCode.NotFound)]);

}
