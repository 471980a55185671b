using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Plugins.Surveys;

/// <summary>Reads the scores and comment from a response, leaving out scores outside their scale.</summary>
internal static class AnswerReader
{
    public static int? Score(SurveyResponse response, string questionId, int lowest, int highest, ILogger logger)
    {
        var score = Find(response, questionId)?.Score;
        if (score is { } value && (value < lowest || value > highest))
        {
            logger.LogWarning("Response {Response} answers '{Question}' with {Score}, outside {Lowest} to {Highest}; the answer is not scored.", response.Id, questionId, value, lowest, highest);
            return null;
        }

        return score;
    }

    public static string? Text(SurveyResponse response, string questionId) =>
        Find(response, questionId)?.Text is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static SurveyAnswer? Find(SurveyResponse response, string questionId) =>
        response.Answers.FirstOrDefault(a => string.Equals(a.QuestionId, questionId, StringComparison.OrdinalIgnoreCase));
}
