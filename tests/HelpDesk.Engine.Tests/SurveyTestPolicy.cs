using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Surveys;

namespace HelpDesk.Engine.Tests;

/// <summary>A survey plugin: a CSAT question and a comment after every resolution; a CSAT of 2 or less asks a supervisor to call back.</summary>
internal sealed class SurveyTestPolicy : ISurveyPolicy
{
    public ValueTask<SurveyDefinition?> PlanAsync(SurveyRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<SurveyDefinition?>(new SurveyDefinition
        {
            Id = "csat",
            Title = $"How did we do with #{request.Ticket.Number}?",
            Questions =
            [
                new SurveyQuestion { Id = "csat", Kind = SurveyQuestionKind.Csat, Text = "How satisfied are you?" },
                new SurveyQuestion { Id = "comment", Kind = SurveyQuestionKind.FreeText, Text = "Anything to add?" },
            ],
        });

    public ValueTask<SurveyScore> ScoreAsync(SurveyResponse response, IPluginContext context, CancellationToken cancellationToken)
    {
        var csat = response.Answers.FirstOrDefault(a => a.QuestionId == "csat")?.Score;
        var low = csat <= 2;
        return ValueTask.FromResult(new SurveyScore
        {
            Csat = csat,
            IsLow = low,
            FollowUps = low ? [new FollowUp { AssignTo = "supervisor", Reason = $"CSAT {csat}: call the caller back.", DueAt = response.AnsweredAt.AddDays(1) }] : [],
        });
    }
}
