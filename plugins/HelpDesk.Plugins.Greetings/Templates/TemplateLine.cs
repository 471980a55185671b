namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>
/// One line of a script, as alternatives in order of preference: the first whose placeholders all have
/// values is said. An empty alternative means the line may be left out.
/// </summary>
internal sealed record TemplateLine(IReadOnlyList<string> Alternatives)
{
    /// <summary>A line that is always said; its placeholders are required.</summary>
    public static TemplateLine Always(string text) => new([text]);

    /// <summary>A line said in the first form that can be filled (for example with and without the caller's name).</summary>
    public static TemplateLine Either(params string[] forms) => new(forms);

    /// <summary>A line said only when its placeholders have values.</summary>
    public static TemplateLine Optional(string text) => new([text, ""]);
}
