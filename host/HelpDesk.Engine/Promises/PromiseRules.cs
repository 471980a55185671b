using HelpDesk.Engine.Errors;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// What makes a promise one a caller can hold the desk to: something promised, and a concrete due time in the future.
/// "As soon as possible" – in any of the desk's languages – is no time, so it is refused with a suggestion.
/// </summary>
public static class PromiseRules
{
    /// <summary>The longest promise text accepted.</summary>
    public const int MaxTextLength = 1_000;

    /// <summary>The suggestion given with a promise that has no usable time.</summary>
    public const string Suggestion = "Promise a time you can keep, for example 'by 15:00 today'.";

    private static readonly string[] AsSoonAsPossible =
    [
        "asap", "as soon as possible", "straks", "zo snel mogelijk", "zo spoedig mogelijk", "dès que possible", "des que possible",
        "au plus vite", "so schnell wie möglich", "schnellstmöglich", "baldmöglichst", "できるだけ早く", "なるべく早く", "至急", "amint lehet", "mihamarabb",
    ];

    /// <summary>Checks a promise as the agent typed it.</summary>
    /// <param name="command">The promise.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The problems; empty when the promise can be made.</returns>
    public static IReadOnlyList<UserError> Validate(MakePromiseCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<UserError>();
        var text = command.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(UserError.ForInput("text", "Say what you promise the caller, for example 'I will call you back with the repair status'.", UserErrorCode.Required));
        }
        else if (text.Length > MaxTextLength)
        {
            errors.Add(UserError.ForInput("text", $"The promise is {text.Length} characters long; keep it to {MaxTextLength}.", UserErrorCode.TooLong));
        }

        if (command.DueAt is not { } dueAt)
        {
            var message = SaysAsSoonAsPossible(text)
                ? $"\"As soon as possible\" is not a time the caller can count on, so the promise needs a due time (dueAt). {Suggestion}"
                : $"A promise needs a due time (dueAt). {Suggestion}";
            errors.Add(UserError.ForInput("dueAt", message, UserErrorCode.Required));
        }
        else if (dueAt <= now)
        {
            errors.Add(UserError.ForInput("dueAt", $"The due time {dueAt:yyyy-MM-dd HH:mm} (UTC{dueAt:zzz}) has already passed. {Suggestion}", UserErrorCode.Invalid));
        }

        return errors;
    }

    /// <summary>Tells whether a text promises something "as soon as possible" instead of by a time.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool SaysAsSoonAsPossible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        return AsSoonAsPossible.Any(phrase => phrase.Length <= 4 ? ContainsWord(lower, phrase) : lower.Contains(phrase, StringComparison.Ordinal));
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
