using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace HelpDesk.Engine.Messages;

/// <summary>
/// Phone numbers in E.164 form: <c>+</c>, the country code and the rest, 8 to 15 digits in all (for example
/// <c>+31201234567</c>). Spaces, dashes, dots and parentheses people type are dropped; a number without a country code
/// is refused, because a call-back from another country would not reach it.
/// </summary>
public static partial class PhoneNumber
{
    /// <summary>The hint given with a refused number.</summary>
    public const string Hint = "Write it with the country and area code, starting with +, for example +31 20 123 4567.";

    /// <summary>Normalises a typed number to E.164.</summary>
    /// <param name="typed">The number as typed.</param>
    /// <param name="number">The E.164 number, when it is one.</param>
    /// <param name="problem">What is wrong, when it is not.</param>
    /// <returns>Whether the number is valid.</returns>
    public static bool TryNormalize(string? typed, [NotNullWhen(true)] out string? number, [NotNullWhen(false)] out string? problem)
    {
        number = null;
        var compact = Separators().Replace(typed ?? "", "");
        if (compact.Length == 0)
        {
            problem = "Give the phone number. " + Hint;
            return false;
        }

        if (!compact.StartsWith('+'))
        {
            problem = $"'{typed!.Trim()}' has no country code. {Hint}";
            return false;
        }

        if (!E164().IsMatch(compact))
        {
            problem = $"'{typed!.Trim()}' is not a full phone number: after the + come 8 to 15 digits, the first not 0. {Hint}";
            return false;
        }

        number = compact;
        problem = null;
        return true;
    }

    [GeneratedRegex(@"[\s\-.()/]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
