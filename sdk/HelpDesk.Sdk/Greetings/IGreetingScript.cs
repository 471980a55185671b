using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Greetings;

/// <summary>
/// Renders what an agent says at a moment of a call. Called when an agent or front end asks for
/// a script; must answer quickly and must not call out of the process.
/// </summary>
public interface IGreetingScript
{
    /// <summary>Renders the lines for a moment.</summary>
    /// <param name="request">The moment, names, language and caller's local time.</param>
    /// <param name="context">The organisation's context for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The lines, or <see langword="null"/> when this script has nothing for the moment or language.</returns>
    ValueTask<Script?> RenderAsync(ScriptRequest request, IPluginContext context, CancellationToken cancellationToken);
}
