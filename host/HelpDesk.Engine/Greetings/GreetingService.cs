using System.Text.RegularExpressions;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Greetings;

namespace HelpDesk.Engine.Greetings;

/// <summary>Renders call scripts with the organisation's greeting-script plugins.</summary>
public sealed partial class GreetingService(IOrganizationStore organizations, DeskPlugins plugins, PluginInvoker invoker, TimeProvider clock)
{
    /// <summary>Renders the script for a moment; the first enabled script plugin that covers it answers.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="query">The moment, names, language and caller's time.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The script, or errors naming the input field or the plugin's complaint.</returns>
    public async Task<OperationResult<Script>> RenderAsync(string organizationId, GreetingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organization = await organizations.FindAsync(organizationId, cancellationToken);
        if (organization is null)
        {
            return Fail("organizationId", "The organisation does not exist.", UserErrorCode.NotFound);
        }

        if (string.IsNullOrWhiteSpace(query.AgentName))
        {
            return Fail("agentName", "Give the agent's name; the script introduces the agent.", UserErrorCode.Required);
        }

        var language = query.Language ?? organization.Languages.FirstOrDefault() ?? "en";
        if (!IsLanguage(language))
        {
            return Fail("language", $"'{language}' is not a BCP 47 language tag such as en, nl or ja.", UserErrorCode.Invalid);
        }

        DateTimeOffset? localTime = query.CallerLocalTime;
        if (localTime is null && query.CallerTimeZone is { } zoneId)
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            {
                return Fail("callerTimeZone", $"'{zoneId}' is not a known IANA time zone such as Europe/Amsterdam.", UserErrorCode.Invalid);
            }

            localTime = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        }

        var request = new ScriptRequest
        {
            Moment = query.Moment,
            OrganizationName = organization.Name,
            AgentName = query.AgentName.Trim(),
            CallerName = string.IsNullOrWhiteSpace(query.CallerName) ? null : query.CallerName.Trim(),
            Language = language,
            CallerLocalTime = localTime,
            Values = query.Values,
        };
        var failures = new List<string>();
        foreach (var script in await plugins.GetAsync<IGreetingScript>(organizationId, cancellationToken))
        {
            var result = await invoker.InvokeAsync(script, (s, ct) => s.RenderAsync(request, script.Context, ct), cancellationToken);
            if (result.Value is { } rendered)
            {
                return OperationResult<Script>.Success(rendered);
            }

            if (result.InputField is { } field)
            {
                return Fail($"values.{field}", result.Error!, UserErrorCode.Required);
            }

            if (result.Error is { } error)
            {
                failures.Add($"{result.PluginId}: {error}");
            }
        }

        return failures.Count > 0
            ? Fail("moment", $"No script could be rendered. {string.Join(" ", failures)}", UserErrorCode.PluginFailed)
            : Fail("moment", $"No enabled greeting-script plugin has a script for {query.Moment} in '{language}'.", UserErrorCode.NotFound);
    }

    private static bool IsLanguage(string tag) => LanguageTag().IsMatch(tag);

    private static OperationResult<Script> Fail(string field, string message, UserErrorCode code) =>
        OperationResult<Script>.Failure([new UserError(["input", field], message, code)]);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
