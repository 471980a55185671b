using GraphQL.Types;
using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Types;

namespace HelpDesk.GraphQL.Directory;

/// <summary>The input of <c>eraseContact</c>.</summary>
internal sealed class EraseContactInputType : InputObjectGraphType
{
    public EraseContactInputType()
    {
        Name = "EraseContactInput";
        Description = "The contact whose personal data is to be erased.";
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The contact's id.");
    }
}

/// <summary>The result of <c>eraseContact</c>.</summary>
internal sealed class EraseContactPayloadType : ObjectGraphType<OperationResult<ContactErasure>>
{
    public EraseContactPayloadType()
    {
        Name = "EraseContactPayload";
        Description = "The erased contact, or the problems with the input.";
        Field<ContactType>("contact").Description("The contact as it is now, without personal data; null when there are user errors.").Resolve(c => c.Source.Value?.Contact);
        Field<NonNullGraphType<IntGraphType>>("redactedTickets").Description("How many of the contact's tickets had their free text redacted; 0 when it was already erased.").Resolve(c => c.Source.Value?.Tickets ?? 0);
        Field<NonNullGraphType<BooleanGraphType>>("alreadyErased").Description("Whether the contact had been erased before, so nothing changed now.").Resolve(c => c.Source.Value?.AlreadyErased ?? false);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}
