using GraphQL.Types;

namespace HelpDesk.GraphQL.Transfers;

/// <summary>The input of requestTransfer.</summary>
internal sealed class RequestTransferInputType : InputObjectGraphType
{
    public RequestTransferInputType()
    {
        Name = "RequestTransferInput";
        Description = "A warm transfer to ask for. Every missing or invalid field is named in userErrors at once.";
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket to transfer.");
        Field<StringGraphType>("to").Description("Required: the agent or team asked to take the ticket (1 to 100 characters).");
        Field<StringGraphType>("from").Description("The agent or team asking, told when the request is accepted or declined; the acting API key when left out.");
        Field<StringGraphType>("summary").Description("Required: the caller's name and details, passed on before connecting (at most 2000 characters).");
        Field<StringGraphType>("directNumber").Description("Required: the PhoneNumber (E.164: + and 8 to 15 digits, for example +31207654321) the caller can use next time; spaces are allowed, a number without country code is refused.");
    }
}

/// <summary>The input of acceptTransfer.</summary>
internal sealed class AcceptTransferInputType : InputObjectGraphType
{
    public AcceptTransferInputType()
    {
        Name = "AcceptTransferInput";
        Description = "The transfer request to accept.";
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The transfer request.");
    }
}

/// <summary>The input of declineTransfer.</summary>
internal sealed class DeclineTransferInputType : InputObjectGraphType
{
    public DeclineTransferInputType()
    {
        Name = "DeclineTransferInput";
        Description = "The transfer request to decline, and why.";
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The transfer request.");
        Field<StringGraphType>("reason").Description("Required: why (1 to 500 characters); the requester is told.");
    }
}
