using GraphQL.Types;
using HelpDesk.Engine.Calls;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Types;

namespace HelpDesk.GraphQL.Calls;

// The payloads of the interaction mutations, each named after its mutation as API.md asks.

/// <summary>The result every interaction mutation returns: the interaction after the change and the lines to say, or the problems.</summary>
internal abstract class InteractionPayload : ObjectGraphType<OperationResult<InteractionResult>>
{
    protected InteractionPayload(string name, string description)
    {
        Name = name;
        Description = description;
        Field<InteractionType>("interaction").Description("The interaction after the change; null when there are user errors.").Resolve(c => c.Source.Value?.Interaction);
        Field<ScriptType>("script").Description("What the agent says now, from the greeting-script plugin; null when the moment has no lines or there are user errors.").Resolve(c => c.Source.Value?.Script);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The result of startInteraction.</summary>
internal sealed class StartInteractionPayloadType() : InteractionPayload("StartInteractionPayload", "The result of startInteraction: the interaction in its greeting step and the greeting lines.");

/// <summary>The result of moveInteraction.</summary>
internal sealed class MoveInteractionPayloadType() : InteractionPayload("MoveInteractionPayload", "The result of moveInteraction: the lines of the step entered, where it has them (greeting, goodbye).");

/// <summary>The result of holdInteraction.</summary>
internal sealed class HoldInteractionPayloadType() : InteractionPayload("HoldInteractionPayload", "The result of holdInteraction: the hold lines (why, and asking permission).");

/// <summary>The result of resumeInteraction.</summary>
internal sealed class ResumeInteractionPayloadType() : InteractionPayload("ResumeInteractionPayload", "The result of resumeInteraction: thanks for waiting.");

/// <summary>The result of endInteraction.</summary>
internal sealed class EndInteractionPayloadType() : InteractionPayload("EndInteractionPayload", "The result of endInteraction: the closing lines.");
