using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Surveys;

/// <summary>
/// Decides when to send which survey, and scores the answers. Called after ticket events
/// (normally resolution) and when a caller answers.
/// </summary>
public interface ISurveyPolicy
{
    /// <summary>Decides whether to send a survey after an event.</summary>
    /// <param name="request">The ticket and the event.</param>
    /// <param name="context">The organisation's context for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The survey to send, or <see langword="null"/> to send none.</returns>
    ValueTask<SurveyDefinition?> PlanAsync(SurveyRequest request, IPluginContext context, CancellationToken cancellationToken);

    /// <summary>Scores a caller's answers.</summary>
    /// <param name="response">The answers.</param>
    /// <param name="context">The organisation's context for this plugin.</param>
    /// <param name="cancellationToken">Cancelled when the host's time limit for the call runs out.</param>
    /// <returns>The score and any follow-ups.</returns>
    ValueTask<SurveyScore> ScoreAsync(SurveyResponse response, IPluginContext context, CancellationToken cancellationToken);
}
