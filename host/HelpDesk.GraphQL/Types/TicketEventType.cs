using GraphQL.Types;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Types;

/// <summary>Something that happened to a ticket, as a subscription delivers it.</summary>
internal sealed class TicketEventType : ObjectGraphType<StoredEvent>
{
    public TicketEventType()
    {
        Name = "TicketEvent";
        Description = "Something that happened to a ticket, delivered live by the ticketEvents subscription.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The event's unique id.").Resolve(c => c.Source.Event.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("What happened, as a stable name such as ticket.opened or ticket.tagged.").Resolve(c => c.Source.Event.Type);
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("The event's position in the organisation's event log; later events have higher numbers.").Resolve(c => checked((int)c.Source.Sequence));
        Field<NonNullGraphType<DateTimeScalar>>("occurredAt").Description("When it happened.").Resolve(c => c.Source.Event.OccurredAt);
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The id of the ticket it happened to (the same id as Ticket.id).").Resolve(c => GlobalId.Encode(TicketType.TypeName, c.Source.Event.TicketId));
        Field<StringGraphType>("actorId").Description("The agent, plugin or system that caused it, if known.").Resolve(c => c.Source.Event.ActorId);
        Field<TicketType>("ticket")
            .Description("The ticket as it is now (not as it was when the event happened); null if it no longer exists.")
            .ResolveAsync(async c => await c.Service<ITicketStore>().FindAsync(c.OrganizationId(), c.Source.Event.TicketId, c.CancellationToken));
    }
}
