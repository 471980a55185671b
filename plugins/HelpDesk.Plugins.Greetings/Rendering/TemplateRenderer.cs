using System.Text.RegularExpressions;
using HelpDesk.Plugins.Greetings.Templates;
using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Greetings.Rendering;

/// <summary>Fills a script's placeholders (<c>{name}</c>) and picks, for each line, the first form that can be filled.</summary>
internal static partial class TemplateRenderer
{
    public static IReadOnlyList<string> Render(ScriptMoment moment, IEnumerable<TemplateLine> lines, IReadOnlyDictionary<string, string> values)
    {
        var rendered = new List<string>();
        foreach (var line in lines)
        {
            var text = RenderLine(moment, line, values);
            if (text.Length > 0)
            {
                rendered.Add(text);
            }
        }

        return rendered;
    }

    private static string RenderLine(ScriptMoment moment, TemplateLine line, IReadOnlyDictionary<string, string> values)
    {
        foreach (var form in line.Alternatives)
        {
            if (FirstMissing(form, values) is null)
            {
                return Placeholder().Replace(form, match => values[match.Groups[1].Value]);
            }
        }

        var missing = FirstMissing(line.Alternatives[^1], values)!;
        throw new PluginInputException(missing, $"The {moment} script needs {PlaceholderHints.Describe(missing)}; add it to the request's values.");
    }

    private static string? FirstMissing(string form, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Matches(form).Select(m => m.Groups[1].Value).FirstOrDefault(name => !values.ContainsKey(name));

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
