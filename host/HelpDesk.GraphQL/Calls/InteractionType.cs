using GraphQL.Types;
using HelpDesk.Engine.Calls;
using HelpDesk.GraphQL.Loading;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Calls;

/// <summary>An interaction as front ends see it: its steps with their times, its holds and the lines for now.</summary>
internal sealed class InteractionType : ObjectGraphType<Interaction>
{
    public const string TypeName = "Interaction";

    public InteractionType()
    {
        Name = TypeName;
        Description = "One conversation with a caller about a ticket – a phone call, chat or e-mail thread – moving through the seven call steps.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Interaction;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<TicketType>("ticket").Description("The ticket the conversation is about; null if it no longer exists.")
            .ResolveAsync(async c => await c.Service<HelpDesk.Engine.Storage.ITicketStore>().FindAsync(c.OrganizationId(), c.Source.TicketId, c.CancellationToken));
        Field<ContactType>("contact").Description("The caller, when the ticket names one.")
            .Resolve(c => c.Source.ContactId is { } id ? c.Service<RequestLoaders>().Contacts(c.OrganizationId()).Load(id) : null);
        Field<NonNullGraphType<StringGraphType>>("agentId").Description("The agent handling the conversation.").Resolve(c => c.Source.AgentId);
        Field<NonNullGraphType<StringGraphType>>("agentName").Description("The name the agent introduces themselves with in the scripts.").Resolve(c => c.Source.AgentName ?? c.Source.AgentId);
        Field<NonNullGraphType<InteractionChannelEnum>>("channel").Description("How the caller reached the desk.").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<CallStepEnum>>("step").Description("The step the conversation is in.").Resolve(c => c.Source.Step);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InteractionStepVisitType>>>>("steps")
            .Description("The steps in the order they were entered (a step entered again appears again), each with the time spent in it.")
            .Resolve(c => StepVisit.Of(c.Source, c.Service<TimeProvider>().GetUtcNow()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InteractionHoldType>>>>("holds").Description("The times the caller was put on hold, oldest first.").Resolve(c => c.Source.Holds);
        Field<NonNullGraphType<BooleanGraphType>>("onHold").Description("Whether the caller is waiting on hold now.").Resolve(c => c.Source.OpenHold() is not null);
        Field<NonNullGraphType<DurationScalar>>("totalHoldTime").Description("The time the caller spent on finished holds, added up.").Resolve(c => c.Source.TotalHoldTime);
        Field<NonNullGraphType<DateTimeScalar>>("startedAt").Description("When the conversation started.").Resolve(c => c.Source.StartedAt);
        Field<DateTimeScalar>("endedAt").Description("When it ended; null while it goes on.").Resolve(c => c.Source.EndedAt);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version to pass as expectedVersion when changing the interaction.").Resolve(c => c.Source.Version);
        Field<ScriptType>("script")
            .Description("What the agent says now, from the greeting-script plugin: the hold lines while the caller is on hold, else the lines of the current step (greeting or goodbye); null when the step has none.")
            .ResolveAsync(async c => c.Source.EndedAt is null
                ? await c.Service<InteractionScripts>().RenderAsync(c.Source, InteractionScripts.CurrentMoment(c.Source), c.CancellationToken)
                : null);
    }
}
