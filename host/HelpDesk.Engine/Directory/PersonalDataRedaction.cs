using System.Text.RegularExpressions;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Directory;

/// <summary>
/// Takes a contact's personal data out of free text: every occurrence of their full name, of each part of the name (as a
/// whole word, three letters or more), of their e-mail address and of their phone number (with or without spaces and
/// dashes) is replaced by <see cref="Replacement"/>. Matching ignores case. Text that names nobody is left as it is.
/// </summary>
public sealed class PersonalDataRedaction
{
    /// <summary>What replaces each occurrence.</summary>
    public const string Replacement = "[erased]";

    private const int ShortestNamePart = 3;

    private readonly Regex? pattern;

    private PersonalDataRedaction(Regex? pattern) => this.pattern = pattern;

    /// <summary>The redaction of one contact's personal data, built from the contact as it was before the erasure.</summary>
    /// <param name="contact">The contact.</param>
    /// <returns>The redaction.</returns>
    public static PersonalDataRedaction Of(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var literals = new[] { contact.Name.Trim(), contact.Email?.Trim() }.Where(t => !string.IsNullOrEmpty(t)).Select(t => Regex.Escape(t!));
        var words = contact.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => part.Length >= ShortestNamePart)
            .Select(part => $@"\b{Regex.Escape(part)}\b");
        var alternatives = literals.Concat(words).Concat(PhonePattern(contact.Phone)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(a => a.Length)
            .ToList();
        return new PersonalDataRedaction(alternatives.Count == 0
            ? null
            : new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    /// <summary>Redacts one text.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The text without the contact's personal data.</returns>
    public string? Apply(string? text) => text is null || pattern is null ? text : pattern.Replace(text, Replacement);

    /// <summary>The phone number's digits, allowing spaces, dashes, dots and brackets between them, with or without the leading +.</summary>
    private static IEnumerable<string> PhonePattern(string? phone)
    {
        var digits = phone?.Where(char.IsAsciiDigit).ToArray() ?? [];
        if (digits.Length < 6)
        {
            yield break;
        }

        yield return @"\+?" + string.Join(@"[\s\-.()]*", digits);
    }
}
