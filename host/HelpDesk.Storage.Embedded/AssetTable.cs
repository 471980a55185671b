using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// How assets are kept: the document, the serial number as written (unique per organisation), the owning contact, and
/// the lower-cased serial number and model a search looks in.
/// </summary>
internal static class AssetTable
{
    public const string SerialNumberColumn = "serial_number";

    public static DirectoryTableMap<Asset> Map { get; } = new()
    {
        Table = "assets",
        Entity = "asset",
        OrganizationIdOf = a => a.OrganizationId,
        IdOf = a => a.Id,
        VersionOf = a => a.Version,
        Columns =
        [
            new(SerialNumberColumn, a => a.SerialNumber),
            new("serial_number_key", a => SearchKey.Of(a.SerialNumber)),
            new("model_key", a => SearchKey.Of(a.Model)),
            new("contact_id", a => a.ContactId),
        ],
        SearchColumns = ["serial_number_key", "model_key"],
        OwnerColumn = "contact_id",
    };
}
