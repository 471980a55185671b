using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>How contacts are kept: the document, and the lower-cased name, e-mail and phone a search looks in.</summary>
internal static class ContactTable
{
    public static DirectoryTableMap<Contact> Map { get; } = new()
    {
        Table = "contacts",
        Entity = "contact",
        OrganizationIdOf = c => c.OrganizationId,
        IdOf = c => c.Id,
        VersionOf = c => c.Version,
        Columns =
        [
            new("name_key", c => SearchKey.Of(c.Name)),
            new("email_key", c => SearchKey.Of(c.Email)),
            new("phone_key", c => SearchKey.Of(c.Phone)),
        ],
        SearchColumns = ["name_key", "email_key", "phone_key"],
    };
}
