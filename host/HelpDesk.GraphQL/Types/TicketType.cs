using GraphQL.Types;
using HelpDesk.GraphQL.Calls;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Loading;
using HelpDesk.GraphQL.Promises;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Surveys;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Types;

/// <summary>A ticket as front ends see it.</summary>
internal sealed class TicketType : ObjectGraphType<Ticket>
{
    public const string TypeName = "Ticket";

    public TicketType()
    {
        Name = TypeName;
        Description = "A caller's request for help, as the desk tracks it.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Ticket;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("number").Description("The human-facing number (#1042), sequential per organisation.").Resolve(c => checked((int)c.Source.Number));
        Field<NonNullGraphType<StringGraphType>>("subject").Description("The one-line summary.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The full description.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<TicketStatusEnum>>("status").Description("The life-cycle status.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<TicketPriorityEnum>>("priority").Description("The urgency.").Resolve(c => c.Source.Priority);
        Field<NonNullGraphType<SupportTierEnum>>("tier").Description("The tier that owns the ticket.").Resolve(c => c.Source.Tier);
        Field<ContactType>("contact").Description("The caller the ticket is for, if known.")
            .Resolve(c => c.Source.ContactId is { } id ? c.Service<RequestLoaders>().Contacts(c.OrganizationId()).Load(id) : null);
        Field<AssetType>("asset").Description("The unit the ticket is about, if any.")
            .Resolve(c => c.Source.AssetId is { } id ? c.Service<RequestLoaders>().Assets(c.OrganizationId()).Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoteType>>>>("notes").Description("The notes and replies, oldest first.")
            .Resolve(c => c.Service<RequestLoaders>().Notes(c.OrganizationId()).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyType>>>>("surveys").Description("The surveys sent to the caller about this ticket, oldest first, with their answers.")
            .Resolve(c => c.Service<RequestLoaders>().Surveys(c.OrganizationId()).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InteractionType>>>>("interactions").Description("The conversations with the caller about this ticket (calls, chats, e-mail threads), oldest first.")
            .Resolve(c => c.Service<RequestLoaders>().Interactions(c.OrganizationId()).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PromiseType>>>>("promises").Description("The promises made to the caller on this ticket, earliest due first: what to repeat at goodbye and what must not be forgotten.")
            .Resolve(c => c.Service<RequestLoaders>().Promises(c.OrganizationId()).Load(c.Source.Id));
        Field<StringGraphType>("assigneeId").Description("The agent working the ticket, if assigned.").Resolve(c => c.Source.AssigneeId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TagType>>>>("tags").Description("The labels on the ticket.").Resolve(c => c.Source.Tags);
        Field<EscalationStateType>("escalation").Description("The last escalation decision, if a policy made one.").Resolve(c => c.Source.Escalation);
        Field<NonNullGraphType<IntGraphType>>("transferCount").Description("How many times the ticket was handed on.").Resolve(c => c.Source.TransferCount);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Description("When the ticket was opened.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeScalar>>("updatedAt").Description("When the ticket last changed.").Resolve(c => c.Source.UpdatedAt);
        Field<DateTimeScalar>("firstRepliedAt").Description("When an agent first replied.").Resolve(c => c.Source.FirstRepliedAt);
        Field<DateTimeScalar>("resolvedAt").Description("When the ticket was resolved.").Resolve(c => c.Source.ResolvedAt);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version to pass as expectedVersion when changing the ticket.").Resolve(c => c.Source.Version);
    }
}
