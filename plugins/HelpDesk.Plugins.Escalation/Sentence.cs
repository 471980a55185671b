namespace HelpDesk.Plugins.Escalation;

/// <summary>Small helpers for writing reasons as sentences.</summary>
internal static class Sentence
{
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
