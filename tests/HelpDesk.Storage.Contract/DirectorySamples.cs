using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Contract;

/// <summary>Contacts and assets for the contract tests.</summary>
public static class DirectorySamples
{
    public static Contact Contact(string organizationId, string id, string? name = null) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        Name = name ?? $"Contact {id}",
    };

    /// <summary>A contact with every field set to something other than its default.</summary>
    public static Contact FullContact(string organizationId, string id) => Contact(organizationId, id, "Zoë O'Brien-Müller") with
    {
        Email = "zoe.obrien@example.COM",
        Phone = "+31205550100",
        TimeZone = "Europe/Amsterdam",
        Language = "nl-NL",
        CallerType = CallerType.Demander,
    };

    public static Asset Asset(string organizationId, string id, string? serialNumber = null) => new()
    {
        Id = id,
        OrganizationId = organizationId,
        SerialNumber = serialNumber ?? $"SN-{id}",
    };

    /// <summary>An asset with every field set.</summary>
    public static Asset FullAsset(string organizationId, string id) => Asset(organizationId, id, "HP-LJ4250-0042") with
    {
        Model = "LaserJet 4250 ✓",
        ContactId = "contact-7",
    };
}
