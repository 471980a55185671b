using System.Text.RegularExpressions;
using HelpDesk.Engine.Errors;

namespace HelpDesk.Engine.Directory;

/// <summary>The checks on what is entered about contacts, each naming the field and the expected form.</summary>
internal static partial class ContactRules
{
    public static IReadOnlyList<UserError> Check(ContactDetails details, bool nameRequired)
    {
        var errors = new List<UserError>();
        if (details.Name is null ? nameRequired : string.IsNullOrWhiteSpace(details.Name) || details.Name.Length > 200)
        {
            errors.Add(UserError.ForInput("name", "Give the contact's full name (1 to 200 characters), spelled as confirmed with them.", UserErrorCode.Required));
        }

        if (details.Email is { } email && !EmailPattern().IsMatch(email))
        {
            errors.Add(UserError.ForInput("email", $"'{email}' is not an e-mail address such as name@example.com.", UserErrorCode.Invalid));
        }

        if (details.Phone is { } phone && !PhonePattern().IsMatch(phone))
        {
            errors.Add(UserError.ForInput("phone", $"'{phone}' is not a full international number; write it with + and the country code, such as +31201234567.", UserErrorCode.Invalid));
        }

        if (details.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            errors.Add(UserError.ForInput("timeZone", $"'{zone}' is not an IANA time zone such as Europe/Amsterdam.", UserErrorCode.Invalid));
        }

        if (details.Language is { } language && !LanguagePattern().IsMatch(language))
        {
            errors.Add(UserError.ForInput("language", $"'{language}' is not a BCP 47 language tag such as nl or en-GB.", UserErrorCode.Invalid));
        }

        return errors;
    }

    [GeneratedRegex(@"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
