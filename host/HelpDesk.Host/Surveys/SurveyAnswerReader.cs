using System.Globalization;
using System.Text.Json;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Surveys;

namespace HelpDesk.Host.Surveys;

/// <summary>Reads a caller's answers from a survey form post or a JSON body.</summary>
internal static class SurveyAnswerReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads form fields named by question id; blank fields are questions left out.</summary>
    public static async Task<IReadOnlyList<SurveyAnswer>?> FromFormAsync(HttpContext context, SurveyDefinition survey)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var answers = new List<SurveyAnswer>();
        foreach (var question in survey.Questions)
        {
            var value = form[question.Id].ToString().Trim();
            if (value.Length == 0)
            {
                continue;
            }

            answers.Add(question.Kind == SurveyQuestionKind.FreeText
                ? new SurveyAnswer { QuestionId = question.Id, Text = value }
                : new SurveyAnswer { QuestionId = question.Id, Score = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) ? score : -1 });
        }

        return answers;
    }

    /// <summary>Reads <c>{"answers":[...]}</c>; null when the body is not that.</summary>
    public static async Task<IReadOnlyList<SurveyAnswer>?> FromJsonAsync(HttpContext context)
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<AnswersBody>(context.Request.Body, Json, context.RequestAborted);
            return body?.Answers?.OfType<AnswerBody>().Select(a => new SurveyAnswer { QuestionId = a.QuestionId ?? "", Score = a.Score, Text = a.Text }).ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record AnswersBody(List<AnswerBody?>? Answers);

    private sealed record AnswerBody(string? QuestionId, int? Score, string? Text);
}
