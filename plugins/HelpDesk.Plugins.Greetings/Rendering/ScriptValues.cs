using HelpDesk.Plugins.Greetings.Templates;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Plugins.Greetings.Rendering;

/// <summary>Collects the placeholder values for a request: the request's own values, then names and time-of-day words.</summary>
internal static class ScriptValues
{
    public static IReadOnlyDictionary<string, string> For(ScriptRequest request, LanguagePack? pack)
    {
        var values = request.Values
            .Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value.Trim(), StringComparer.OrdinalIgnoreCase);
        values["organization"] = request.OrganizationName;
        values["agent"] = request.AgentName;
        if (!string.IsNullOrWhiteSpace(request.CallerName))
        {
            values["caller"] = request.CallerName.Trim();
        }

        if (pack is not null)
        {
            var dayPart = DayParts.Of(request.CallerLocalTime);
            values["greeting"] = pack.Greetings.For(dayPart);
            values["farewell"] = pack.Farewells.For(dayPart);
        }

        return values;
    }
}
