namespace HelpDesk.Plugins.Greetings.Rendering;

/// <summary>What each request value is for, so a missing one can be explained to the agent's front end.</summary>
internal static class PlaceholderHints
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reason"] = "why the caller is put on hold, for example \"check your account with our network team\"",
        ["team"] = "the team or person the call is transferred to",
        ["message"] = "the message to read back",
        ["number"] = "the direct number of the team",
        ["recipient"] = "who the message is for",
        ["phone"] = "the number to call back on",
        ["callbackTime"] = "when to call back",
        ["promises"] = "the promises made during the call",
        ["verification"] = "what the caller confirms to prove who they are",
    };

    public static string Describe(string placeholder) =>
        Hints.TryGetValue(placeholder, out var hint) ? $"'{placeholder}' ({hint})" : $"'{placeholder}'";
}
