using GraphQL.Types;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Events;

namespace HelpDesk.GraphQL.Calls;

/// <summary>A reminder to check back with a caller on hold, as the reminders subscription delivers it.</summary>
internal sealed class HoldCheckBackReminderType : ObjectGraphType<HoldCheckBackDue>
{
    public HoldCheckBackReminderType()
    {
        Name = "HoldCheckBackReminder";
        Description = "Time to check back with a caller on hold: thank them for holding and offer to keep holding or to call back.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The reminder's unique id (the id of its event).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("interactionId").Description("The id of the held interaction (the same id as Interaction.id).").Resolve(c => GlobalId.Encode(InteractionType.TypeName, c.Source.InteractionId));
        Field<InteractionType>("interaction").Description("The interaction as it is now; null if it no longer exists.")
            .ResolveAsync(async c => await c.Service<IInteractionStore>().FindAsync(c.OrganizationId(), c.Source.InteractionId, c.CancellationToken));
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The id of the ticket the call is about (the same id as Ticket.id).").Resolve(c => GlobalId.Encode(TicketType.TypeName, c.Source.TicketId));
        Field<NonNullGraphType<StringGraphType>>("agentId").Description("The agent to remind.").Resolve(c => c.Source.AgentId);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the caller is on hold.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeScalar>>("heldAt").Description("When the caller was put on hold.").Resolve(c => c.Source.HeldAt);
        Field<NonNullGraphType<DurationScalar>>("waitedFor").Description("How long the caller had waited when the reminder fell due.").Resolve(c => c.Source.WaitedFor);
        Field<NonNullGraphType<IntGraphType>>("checkBackNumber").Description("Which reminder of this hold it is: 1 for the first.").Resolve(c => c.Source.CheckBackNumber);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("lines").Description("The greeting-script plugin's lines for checking back; empty when no plugin has them.").Resolve(c => c.Source.ScriptLines);
        Field<NonNullGraphType<DateTimeScalar>>("dueAt").Description("When the reminder fell due.").Resolve(c => c.Source.OccurredAt);
    }
}
