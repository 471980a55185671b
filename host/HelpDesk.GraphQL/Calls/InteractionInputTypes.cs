using GraphQL.Types;

namespace HelpDesk.GraphQL.Calls;

// The inputs of the interaction mutations, each named after its mutation as API.md asks.

/// <summary>The fields of every input that changes an interaction: which one, and the version last read.</summary>
internal abstract class InteractionChangeInput : InputObjectGraphType
{
    protected InteractionChangeInput(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("interactionId").Description("The interaction's id.");
        Field<IntGraphType>("expectedVersion").Description("The interaction version you last read; the change is refused with a CONFLICT user error if someone changed it since. Omit to apply the change to the latest version.");
    }
}

/// <summary>The input of startInteraction.</summary>
internal sealed class StartInteractionInputType : InputObjectGraphType
{
    public StartInteractionInputType()
    {
        Name = "StartInteractionInput";
        Description = "The ticket a conversation is about and the agent taking it; the ticket's caller becomes the interaction's contact.";
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket's id.");
        Field<InteractionChannelEnum>("channel").Description("How the caller reached the desk; PHONE when omitted.");
        Field<NonNullGraphType<StringGraphType>>("agentId").Description("The agent taking the conversation (1 to 100 characters); reminders go to this agent.");
        Field<StringGraphType>("agentName").Description("The name the agent introduces themselves with in the scripts; the agent id when omitted.");
    }
}

/// <summary>The input of moveInteraction.</summary>
internal sealed class MoveInteractionInputType : InteractionChangeInput
{
    public MoveInteractionInputType()
        : base("MoveInteractionInput", "The call step to move to, forward or back.") =>
        Field<NonNullGraphType<CallStepEnum>>("step").Description("The step to enter.");
}

/// <summary>The input of holdInteraction.</summary>
internal sealed class HoldInteractionInputType : InteractionChangeInput
{
    public HoldInteractionInputType()
        : base("HoldInteractionInput", "Why the caller is put on hold; explain it to the caller before holding.") =>
        Field<NonNullGraphType<StringGraphType>>("reason").Description("The reason as told to the caller, for example \"check your account with our network team\".");
}

/// <summary>The input of resumeInteraction.</summary>
internal sealed class ResumeInteractionInputType : InteractionChangeInput
{
    public ResumeInteractionInputType()
        : base("ResumeInteractionInput", "The held interaction to take off hold.")
    {
    }
}

/// <summary>The input of endInteraction.</summary>
internal sealed class EndInteractionInputType : InteractionChangeInput
{
    public EndInteractionInputType()
        : base("EndInteractionInput", "The interaction to end with its goodbye.")
    {
    }
}
