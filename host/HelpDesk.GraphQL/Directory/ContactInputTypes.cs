using GraphQL.Types;
using HelpDesk.Engine.Directory;
using HelpDesk.GraphQL.Enums;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Directory;

/// <summary>The fields of a contact that can be entered, shared by create and update.</summary>
internal abstract class ContactInputType : InputObjectGraphType
{
    protected ContactInputType(string name, string description, bool nameRequired)
    {
        Name = name;
        Description = description;
        if (nameRequired)
        {
            Field<NonNullGraphType<StringGraphType>>("name").Description("The full name, spelled as confirmed with the caller.");
        }
        else
        {
            Field<StringGraphType>("name").Description("The full name, spelled as confirmed with the caller.");
        }

        Field<StringGraphType>("email").Description("The e-mail address.");
        Field<StringGraphType>("phone").Description("The phone number with + and country code (E.164), such as +31201234567.");
        Field<StringGraphType>("timeZone").Description("The IANA time zone, such as Europe/Amsterdam.");
        Field<StringGraphType>("language").Description("The preferred BCP 47 language, such as nl.");
        Field<CallerTypeEnum>("callerType").Description("The difficult-caller type, when an agent recognised one.");
    }

    public static ContactDetails ToDetails(IDictionary<string, object?> input) => new(
        input.TryGetValue("name", out var name) ? name as string : null,
        input.TryGetValue("email", out var email) ? email as string : null,
        input.TryGetValue("phone", out var phone) ? phone as string : null,
        input.TryGetValue("timeZone", out var zone) ? zone as string : null,
        input.TryGetValue("language", out var language) ? language as string : null,
        input.TryGetValue("callerType", out var type) ? type as CallerType? : null);
}

/// <summary>The input of <c>createContact</c>.</summary>
internal sealed class CreateContactInputType() : ContactInputType("CreateContactInput", "What is known about a new contact; only the name is required.", nameRequired: true);

/// <summary>The input of <c>updateContact</c>.</summary>
internal sealed class UpdateContactInputType : ContactInputType
{
    public UpdateContactInputType()
        : base("UpdateContactInput", "New values for a contact; omitted fields stay as they are.", nameRequired: false)
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contact's id.");
        Field<IntGraphType>("expectedVersion").Description("The version last read; a change by someone else since is refused with a CONFLICT user error.");
    }
}
