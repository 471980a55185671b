using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Directory;

/// <summary>The result of a mutation that creates or changes a contact.</summary>
internal abstract class ContactPayloadType : ObjectGraphType<OperationResult<Contact>>
{
    protected ContactPayloadType(string name)
    {
        Name = name;
        Description = $"The result of {char.ToLowerInvariant(name[0])}{name[1..^"Payload".Length]}: the contact, or the problems with the input.";
        Field<ContactType>("contact").Description("The contact; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The result of <c>createContact</c>.</summary>
internal sealed class CreateContactPayloadType() : ContactPayloadType("CreateContactPayload");

/// <summary>The result of <c>updateContact</c>.</summary>
internal sealed class UpdateContactPayloadType() : ContactPayloadType("UpdateContactPayload");

/// <summary>The result of <c>createAsset</c>.</summary>
internal sealed class CreateAssetPayloadType : ObjectGraphType<OperationResult<Asset>>
{
    public CreateAssetPayloadType()
    {
        Name = "CreateAssetPayload";
        Description = "The result of createAsset: the asset, or the problems with the input.";
        Field<AssetType>("asset").Description("The asset; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The input of <c>createAsset</c>.</summary>
internal sealed class CreateAssetInputType : InputObjectGraphType
{
    public CreateAssetInputType()
    {
        Name = "CreateAssetInput";
        Description = "A unit to register.";
        Field<NonNullGraphType<StringGraphType>>("serialNumber").Description("The serial number on the unit, unique in the organisation.");
        Field<StringGraphType>("model").Description("The model or product name.");
        Field<IdGraphType>("ownerId").Description("The contact who owns or uses the unit.");
    }
}
