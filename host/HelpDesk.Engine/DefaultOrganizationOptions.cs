using System.ComponentModel.DataAnnotations;

namespace HelpDesk.Engine;

/// <summary>The organisation the host creates at first start (<c>HelpDesk:DefaultOrganization</c>).</summary>
public sealed class DefaultOrganizationOptions
{
    /// <summary>Gets or sets its id.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "HelpDesk:DefaultOrganization:Id must not be empty.")]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,62}$", ErrorMessage = "HelpDesk:DefaultOrganization:Id must be lower-case letters, digits and dashes.")]
    public string Id { get; set; } = "demo";

    /// <summary>Gets or sets its name.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "HelpDesk:DefaultOrganization:Name must not be empty.")]
    public string Name { get; set; } = "Demo Help Desk";

    /// <summary>Gets or sets its IANA time zone.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "HelpDesk:DefaultOrganization:TimeZone must not be empty.")]
    public string TimeZone { get; set; } = "UTC";
}
