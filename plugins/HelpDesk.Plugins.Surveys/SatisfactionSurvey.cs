using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Surveys;

namespace HelpDesk.Plugins.Surveys;

/// <summary>The survey sent after resolution: CSAT, NPS and a comment.</summary>
internal static class SatisfactionSurvey
{
    public const string Id = "helpdesk.csat-nps";
    public const string CsatQuestion = "csat";
    public const string NpsQuestion = "nps";
    public const string CommentQuestion = "comment";

    public static SurveyDefinition For(Ticket ticket) => new()
    {
        Id = Id,
        Title = $"How did we do with ticket #{ticket.Number}?",
        Questions =
        [
            new SurveyQuestion { Id = CsatQuestion, Kind = SurveyQuestionKind.Csat, Text = "How satisfied are you with the way we handled your request? (1 = very dissatisfied, 5 = very satisfied)" },
            new SurveyQuestion { Id = NpsQuestion, Kind = SurveyQuestionKind.Nps, Text = "How likely are you to recommend us to a friend or colleague? (0 = not at all likely, 10 = extremely likely)" },
            new SurveyQuestion { Id = CommentQuestion, Kind = SurveyQuestionKind.FreeText, Text = "Is there anything we could have done better?" },
        ],
    };
}
