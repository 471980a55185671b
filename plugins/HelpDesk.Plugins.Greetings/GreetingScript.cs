using HelpDesk.Plugins.Greetings.Rendering;
using HelpDesk.Plugins.Greetings.Templates;
using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Plugins.Greetings;

/// <summary>
/// Renders what an agent says at each moment of a call, in the caller's language when there is a script
/// for it (English, Dutch, French, German, Japanese and Hungarian built in; a regional tag such as
/// <c>fr-CA</c> speaks its base language), greeting by the caller's time of day when it is known and using the
/// caller's name when it is known. A value a moment cannot do without (such as the hold <c>reason</c> or the
/// transfer <c>team</c>) is reported as a <see cref="PluginInputException"/> naming it.
/// </summary>
public sealed class GreetingScript : IGreetingScript
{
    /// <inheritdoc />
    public ValueTask<Script?> RenderAsync(ScriptRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var settings = GreetingSettings.Read(context.Settings);
        var choice = TemplateSelector.Choose(request.Moment, request.Language, settings);
        if (choice.Language != LanguageTag.Primary(request.Language))
        {
            context.Logger.LogInformation("No {Moment} script in '{Requested}'; speaking '{Language}' instead.", request.Moment, request.Language, choice.Language);
        }

        var lines = TemplateRenderer.Render(request.Moment, choice.Lines, ScriptValues.For(request, choice.Pack));
        return ValueTask.FromResult<Script?>(new Script { Moment = request.Moment, Language = choice.Language, Lines = lines });
    }
}
