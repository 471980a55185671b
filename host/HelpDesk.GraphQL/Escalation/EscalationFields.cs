using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Escalation;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;

namespace HelpDesk.GraphQL.Escalation;

/// <summary>The escalation policy simulator, for supervisors tuning their targets.</summary>
internal static class EscalationFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimulatedEscalationType>>>>("simulateEscalation")
            .Description("Replays a ticket's history against the organisation's current escalation policies and returns what they would have decided and when: every decision at an event, and the warnings and escalations of the periodic check in between. Changes nothing. Needs the supervisor role.")
            .Argument<NonNullGraphType<IdGraphType>>("ticketId", "The ticket's id.")
            .Argument<DateTimeScalar>("until", "Where the simulation ends; by default when the ticket was resolved, or now while it is open. A later time shows what would happen if nobody acted.")
            .RequireRole(ApiKeyRole.Supervisor)
            .ResolveAsync(async c =>
            {
                var ticketId = GlobalId.DecodeFor(TicketType.TypeName, c.GetArgument<string>("ticketId"));
                var decisions = ticketId is null
                    ? null
                    : await c.Service<EscalationSimulator>().SimulateAsync(c.OrganizationId(), ticketId, c.GetArgument<DateTimeOffset?>("until"), c.CancellationToken);
                return decisions ?? throw GraphQLErrors.NotFound("No ticket with this id exists in your organisation.");
            });
}
