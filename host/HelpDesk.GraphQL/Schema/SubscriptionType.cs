using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Calls;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Execution;
using HelpDesk.GraphQL.Messages;
using HelpDesk.GraphQL.Transfers;
using HelpDesk.GraphQL.Types;

namespace HelpDesk.GraphQL.Schema;

/// <summary>The root subscription type.</summary>
internal sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Everything a front end can follow live, over a WebSocket at the GraphQL path (protocol graphql-transport-ws).";

        Field<NonNullGraphType<TicketEventType>>("ticketEvents")
            .Description("Streams what happens to the organisation's tickets from now on, in the order it happened: to one ticket, or to all of them when no ticketId is given.")
            .Argument<IdGraphType>("ticketId", "Only the events of this ticket; a ticket that does not exist (or belongs to another organisation) is NOT_FOUND.")
            .ResolveStreamAsync(async c =>
            {
                var organizationId = c.OrganizationId();
                var ticketId = await FindTicketIdAsync(c, organizationId);
                var feed = c.Service<IEventFeed>();
                return new AsyncEnumerableObservable<StoredEvent>(token => ticketId is null
                    ? feed.SubscribeAsync(organizationId, token)
                    : feed.SubscribeAsync(organizationId, token).Where(e => e.Event.TicketId == ticketId));
            });

        TransferFields.AddSubscriptions(this);
        CallFields.AddSubscriptions(this);
        MessageFields.AddSubscriptions(this);
    }

    private static async Task<string?> FindTicketIdAsync(IResolveFieldContext context, string organizationId)
    {
        var globalId = context.GetArgument<string?>("ticketId");
        if (globalId is null)
        {
            return null;
        }

        var ticketId = GlobalId.DecodeFor(TicketType.TypeName, globalId);
        return ticketId is not null && await context.Service<ITicketStore>().FindAsync(organizationId, ticketId, context.CancellationToken) is not null
            ? ticketId
            : throw GraphQLErrors.NotFound("No ticket has the id given as ticketId.");
    }
}
