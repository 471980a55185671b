using GraphQL.Types;
using HelpDesk.GraphQL.Enums;

namespace HelpDesk.GraphQL.Mutations;

// The inputs and payloads of the ticket life-cycle mutations: each is named after its mutation, as API.md asks.

internal sealed class UpdateTicketInputType : TicketMutationInput
{
    public UpdateTicketInputType()
        : base("UpdateTicketInput", "New values for a ticket's subject, description, priority or working status; omitted fields stay as they are.")
    {
        Field<StringGraphType>("subject").Description("The new subject (at most 200 characters).");
        Field<StringGraphType>("description").Description("The new description.");
        Field<TicketPriorityEnum>("priority").Description("The new priority.");
        Field<TicketStatusEnum>("status").Description("OPEN or PENDING; resolve and reopen have their own mutations.");
    }
}

internal sealed class NoteInputType : TicketMutationInput
{
    public NoteInputType()
        : base("AddNoteInput", "An internal note for other agents: what was tried, found and promised.") =>
        Field<NonNullGraphType<StringGraphType>>("text").Description("The note (at most 20,000 characters).");
}

internal sealed class ReplyInputType : TicketMutationInput
{
    public ReplyInputType()
        : base("ReplyToTicketInput", "A reply the caller receives.") =>
        Field<NonNullGraphType<StringGraphType>>("text").Description("The reply (at most 20,000 characters).");
}

internal sealed class AssignTicketInputType : TicketMutationInput
{
    public AssignTicketInputType()
        : base("AssignTicketInput", "Who should work the ticket.") =>
        Field<NonNullGraphType<StringGraphType>>("assigneeId").Description("The agent's id.");
}

internal sealed class TransferTicketInputType : TicketMutationInput
{
    public TransferTicketInputType()
        : base("TransferTicketInput", "Where the ticket goes and how it was handed over.")
    {
        Field<NonNullGraphType<StringGraphType>>("to").Description("The team or agent that takes the ticket.");
        Field<BooleanGraphType>("warm").Description("Whether the transfer was announced with a summary (warm); true when omitted.");
    }
}

internal sealed class EscalateTicketInputType : TicketMutationInput
{
    public EscalateTicketInputType()
        : base("EscalateTicketInput", "A supervisor's decision to move the ticket to another tier.")
    {
        Field<NonNullGraphType<SupportTierEnum>>("tier").Description("The tier that takes the ticket.");
        Field<StringGraphType>("team").Description("The team, if any.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why; recorded on the ticket.");
    }
}

internal sealed class ResolveTicketInputType : TicketMutationInput
{
    public ResolveTicketInputType()
        : base("ResolveTicketInput", "Marks the ticket solved.") =>
        Field<BooleanGraphType>("firstContact").Description("Whether it was solved in the first interaction with the caller (feeds first contact resolution); false when omitted.");
}

internal sealed class ReopenTicketInputType : TicketMutationInput
{
    public ReopenTicketInputType()
        : base("ReopenTicketInput", "Reopens a resolved or closed ticket.") =>
        Field<StringGraphType>("reason").Description("Why it is reopened.");
}

internal sealed class TagTicketInputType : TicketMutationInput
{
    public TagTicketInputType()
        : base("TagTicketInput", "Labels to add and remove by hand.")
    {
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("add").Description("Labels to add (group:value, lower case).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("remove").Description("Labels to remove.");
    }
}

internal sealed class UpdateTicketPayloadType() : TicketMutationPayload("UpdateTicketPayload", "The result of updateTicket.");

internal sealed class AddNotePayloadType() : TicketMutationPayload("AddNotePayload", "The result of addNote.");

internal sealed class ReplyToTicketPayloadType() : TicketMutationPayload("ReplyToTicketPayload", "The result of replyToTicket.");

internal sealed class AssignTicketPayloadType() : TicketMutationPayload("AssignTicketPayload", "The result of assignTicket.");

internal sealed class TransferTicketPayloadType() : TicketMutationPayload("TransferTicketPayload", "The result of transferTicket.");

internal sealed class EscalateTicketPayloadType() : TicketMutationPayload("EscalateTicketPayload", "The result of escalateTicket.");

internal sealed class ReopenTicketPayloadType() : TicketMutationPayload("ReopenTicketPayload", "The result of reopenTicket.");

internal sealed class TagTicketPayloadType() : TicketMutationPayload("TagTicketPayload", "The result of tagTicket.");
