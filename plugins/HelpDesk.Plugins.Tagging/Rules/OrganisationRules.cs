using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Tagging.Rules;

/// <summary>Reads the organisation's own keyword rules from the <c>rules</c> setting.</summary>
internal static class OrganisationRules
{
    public const string Setting = "rules";

    public static IReadOnlyList<KeywordRule> Read(IPluginSettings settings)
    {
        var rules = settings.Get<Dictionary<string, string>>(Setting, []);
        var blank = rules.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Key) || string.IsNullOrWhiteSpace(r.Value));
        if (blank.Key is not null)
        {
            throw new PluginSettingsException(Setting, $"The setting '{Setting}' has an empty keyword or label ('{blank.Key}': '{blank.Value}').");
        }

        return [.. rules.Select(r => new KeywordRule(r.Key, r.Value, TagSource.Rule, 1.0))];
    }
}
