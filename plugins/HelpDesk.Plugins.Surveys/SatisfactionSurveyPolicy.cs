using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Surveys;

namespace HelpDesk.Plugins.Surveys;

/// <summary>
/// Sends the caller a CSAT, NPS and comment survey when their ticket is resolved (unless the organisation set
/// <c>sendOn</c> to <c>never</c>), and scores the answers: a CSAT at or below <c>lowCsat</c> or an NPS at or below
/// <c>lowNps</c> is low and asks a supervisor to follow up within <c>followUpHours</c> of the answer.
/// </summary>
public sealed class SatisfactionSurveyPolicy : ISurveyPolicy
{
    /// <inheritdoc />
    public ValueTask<SurveyDefinition?> PlanAsync(SurveyRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var send = request.Event is TicketResolved && SurveySettings.Read(context.Settings).SendOnResolved;
        return ValueTask.FromResult(send ? SatisfactionSurvey.For(request.Ticket) : null);
    }

    /// <inheritdoc />
    public ValueTask<SurveyScore> ScoreAsync(SurveyResponse response, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var settings = SurveySettings.Read(context.Settings);
        var csat = AnswerReader.Score(response, SatisfactionSurvey.CsatQuestion, 1, 5, context.Logger);
        var nps = AnswerReader.Score(response, SatisfactionSurvey.NpsQuestion, 0, 10, context.Logger);
        var isLow = csat <= settings.LowCsat || nps <= settings.LowNps;
        IReadOnlyList<FollowUp> followUps = isLow
            ? [LowScoreFollowUp.Create(response, csat, nps, AnswerReader.Text(response, SatisfactionSurvey.CommentQuestion), settings, context.Clock.GetUtcNow())]
            : [];
        return ValueTask.FromResult(new SurveyScore { Csat = csat, Nps = nps, IsLow = isLow, FollowUps = followUps });
    }
}
