using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Connections;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Types;

/// <summary>A caller or customer.</summary>
internal sealed class ContactType : ObjectGraphType<Contact>
{
    public const string TypeName = "Contact";

    public ContactType()
    {
        Name = TypeName;
        Description = "A caller or customer known to the desk, with their ticket history.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Contact;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Description("The full name, spelled as confirmed with the caller.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("email").Description("The e-mail address.").Resolve(c => c.Source.Email);
        Field<StringGraphType>("phone").Description("The phone number in E.164 form.").Resolve(c => c.Source.Phone);
        Field<StringGraphType>("timeZone").Description("The IANA time zone.").Resolve(c => c.Source.TimeZone);
        Field<StringGraphType>("language").Description("The preferred BCP 47 language.").Resolve(c => c.Source.Language);
        Field<DateTimeScalar>("erasedAt").Description("When the contact's personal data was erased on request (eraseContact); null while it is held.").Resolve(c => c.Source.ErasedAt);
        Field<NonNullGraphType<CallerTypeEnum>>("callerType").Description("The caller type an agent marked.").Resolve(c => c.Source.CallerType);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version to pass as expectedVersion when changing the contact.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<TicketConnectionType>>("tickets")
            .Description("The contact's tickets, newest first, each with its notes (what was tried, found and promised) and promises loaded for the whole page at once: the history an agent reads before asking the caller to repeat anything.")
            .Argument<IntGraphType>("first", $"How many, 0 to {TicketConnectionResolver.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Start after this cursor.")
            .ResolveAsync(async c => await TicketConnectionResolver.ResolveAsync(
                c.Service<ITicketStore>(), c.OrganizationId(), new TicketFilter { ContactId = c.Source.Id }, true,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), null, null, c.CancellationToken));
    }
}
