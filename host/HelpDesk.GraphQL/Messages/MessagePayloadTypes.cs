using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Messages;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Messages;

/// <summary>The result of takeMessage.</summary>
internal sealed class TakeMessagePayloadType : ObjectGraphType<OperationResult<TakenMessage>>
{
    public TakeMessagePayloadType()
    {
        Name = "TakeMessagePayload";
        Description = "The result of takeMessage.";
        Field<MessageType>("message").Description("The stored message; null when there are user errors.").Resolve(c => c.Source.Value?.Message);
        Field<ScriptType>("readBack")
            .Description("The lines to read the message's key points back to the caller: the greeting-script plugin's message read-back, or a plain one when no plugin has it; null when there are user errors.")
            .Resolve(c => c.Source.Value?.ReadBack);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Every missing or invalid field; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The result of markMessageCalledBack.</summary>
internal sealed class MarkMessageCalledBackPayloadType : ObjectGraphType<OperationResult<CallerMessage>>
{
    public MarkMessageCalledBackPayloadType()
    {
        Name = "MarkMessageCalledBackPayload";
        Description = "The result of markMessageCalledBack.";
        Field<MessageType>("message").Description("The message, called back; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}
