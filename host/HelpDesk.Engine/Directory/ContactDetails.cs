using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Directory;

/// <summary>What an agent enters about a contact; null fields are left out (on update: left as they are).</summary>
/// <param name="Name">The full name.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="Phone">The phone number in E.164 form (+31201234567).</param>
/// <param name="TimeZone">The IANA time zone.</param>
/// <param name="Language">The BCP 47 language.</param>
/// <param name="CallerType">The caller type.</param>
public sealed record ContactDetails(
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    string? TimeZone = null,
    string? Language = null,
    CallerType? CallerType = null);
