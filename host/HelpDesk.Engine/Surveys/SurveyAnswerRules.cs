using HelpDesk.Engine.Errors;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Surveys;

namespace HelpDesk.Engine.Surveys;

/// <summary>Checks answers against the survey's questions: each answer names a question once and fits its kind.</summary>
internal static class SurveyAnswerRules
{
    public const int MaxTextLength = 2000;

    public static List<UserError> Check(SurveyDefinition survey, IReadOnlyList<SurveyAnswer> answers)
    {
        var errors = new List<UserError>();
        if (answers.Count == 0)
        {
            errors.Add(UserError.ForInput("answers", "Answer at least one question.", UserErrorCode.Required));
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            var question = survey.Questions.FirstOrDefault(q => q.Id == answer.QuestionId);
            if (question is null)
            {
                var known = string.Join(", ", survey.Questions.Select(q => q.Id));
                errors.Add(Error(i, "questionId", $"The survey has no question '{answer.QuestionId}'; its questions are {known}.", UserErrorCode.Invalid));
            }
            else if (!seen.Add(question.Id))
            {
                errors.Add(Error(i, "questionId", $"The question '{question.Id}' is answered more than once.", UserErrorCode.Invalid));
            }
            else if (CheckKind(question, answer) is { } problem)
            {
                errors.Add(Error(i, problem.Field, problem.Message, problem.Code));
            }
        }

        return errors;
    }

    private static (string Field, string Message, UserErrorCode Code)? CheckKind(SurveyQuestion question, SurveyAnswer answer) => question.Kind switch
    {
        SurveyQuestionKind.Csat => Score(answer, 1, 5),
        SurveyQuestionKind.Nps => Score(answer, 0, 10),
        _ when string.IsNullOrWhiteSpace(answer.Text) => ("text", "Write an answer, or leave the question out.", UserErrorCode.Required),
        _ when answer.Text.Length > MaxTextLength => ("text", $"The answer may be at most {MaxTextLength} characters; it has {answer.Text.Length}.", UserErrorCode.TooLong),
        _ => null,
    };

    private static (string, string, UserErrorCode)? Score(SurveyAnswer answer, int lowest, int highest) => answer.Score switch
    {
        null => ("score", $"Give a score from {lowest} to {highest}.", UserErrorCode.Required),
        { } score when score < lowest || score > highest => ("score", $"The score must be from {lowest} to {highest}; it is {score}.", UserErrorCode.Invalid),
        _ => null,
    };

    private static UserError Error(int index, string field, string message, UserErrorCode code) =>
        new(["input", "answers", index.ToString(System.Globalization.CultureInfo.InvariantCulture), field], message, code);
}
