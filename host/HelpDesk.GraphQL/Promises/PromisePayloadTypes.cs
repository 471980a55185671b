using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Promises;

/// <summary>The result of a promise mutation: the promise after it, or the problems.</summary>
internal abstract class PromisePayloadType : ObjectGraphType<OperationResult<Promise>>
{
    protected PromisePayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<PromiseType>("promise").Description("The promise after the change; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The result of makePromise.</summary>
internal sealed class MakePromisePayloadType() : PromisePayloadType("MakePromisePayload", "The promise made, or why it was refused (for example an 'ASAP' without a due time).");

/// <summary>The result of keepPromise.</summary>
internal sealed class KeepPromisePayloadType() : PromisePayloadType("KeepPromisePayload", "The promise kept, or the problems.");

/// <summary>The result of breakPromise.</summary>
internal sealed class BreakPromisePayloadType() : PromisePayloadType("BreakPromisePayload", "The promise given up, or the problems.");
