using System.Globalization;
using System.Text.Json;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Surveys;
using HelpDesk.Host.Surveys;
using HelpDesk.Sdk.Domain;
using Microsoft.AspNetCore.Http.Features;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// The caller's side of surveys, without an API key – the token in the link is the credential: <c>GET /surveys/{token}</c>
/// shows the questions (an HTML form, or JSON for <c>Accept: application/json</c>), <c>POST</c> takes the answers (form
/// fields named by question id, or JSON <c>{"answers":[{"questionId","score","text"}]}</c>).
/// </summary>
public static class SurveyEndpoints
{
    private const long MaxBodyBytes = 64 * 1024;

    /// <summary>Maps the survey page.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IEndpointRouteBuilder MapHelpDeskSurveys(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/surveys/{token}", ShowAsync).ExcludeFromDescription();
        app.MapPost("/surveys/{token}", AnswerAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext context, SurveyService surveys)
    {
        Protect(context);
        var opened = await surveys.OpenAsync(token, context.RequestAborted);
        if (opened.Value is not { } invitation)
        {
            return TokenProblem(context, opened.Errors[0]);
        }

        if (WantsJson(context))
        {
            return Results.Json(new
            {
                title = invitation.Survey.Title,
                expiresAt = invitation.ExpiresAt,
                questions = invitation.Survey.Questions.Select(q => new { id = q.Id, kind = q.Kind.ToString().ToUpperInvariant(), text = q.Text }),
            });
        }

        return Results.Content(SurveyPage.Form(invitation, []), "text/html; charset=utf-8");
    }

    private static async Task<IResult> AnswerAsync(string token, HttpContext context, SurveyService surveys)
    {
        Protect(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        var opened = await surveys.OpenAsync(token, context.RequestAborted);
        if (opened.Value is not { } invitation)
        {
            return TokenProblem(context, opened.Errors[0]);
        }

        var json = context.Request.HasJsonContentType();
        IReadOnlyList<SurveyAnswer>? answers = json ? await SurveyAnswerReader.FromJsonAsync(context) : await SurveyAnswerReader.FromFormAsync(context, invitation.Survey);
        if (answers is null)
        {
            return Results.Json(new { errors = new[] { new { field = new[] { "answers" }, message = "The body must be JSON like {\"answers\":[{\"questionId\":\"csat\",\"score\":5}]}.", code = "INVALID" } } }, statusCode: 400);
        }

        var result = await surveys.AnswerAsync(token, answers, null, context.RequestAborted);
        if (result.Errors.Count > 0 && result.Errors[0].Field is [_, "token"])
        {
            return TokenProblem(context, result.Errors[0]);
        }

        if (json)
        {
            return result.Value is { } response
                ? Results.Json(new { answeredAt = response.AnsweredAt })
                : Results.Json(new { errors = result.Errors.Select(e => new { field = e.Field, message = e.Message, code = Code(e.Code) }) }, statusCode: 400);
        }

        return result.Value is not null
            ? Results.Content(SurveyPage.Message("Thank you!", "Your answers were received. They help us do better."), "text/html; charset=utf-8")
            : Results.Content(SurveyPage.Form(invitation, [.. result.Errors.Select(e => Describe(invitation.Survey, answers, e))]), "text/html; charset=utf-8", statusCode: 400);
    }

    private static IResult TokenProblem(HttpContext context, UserError error)
    {
        var status = error.Code switch
        {
            UserErrorCode.Conflict => StatusCodes.Status409Conflict,
            UserErrorCode.Invalid => StatusCodes.Status410Gone,
            _ => StatusCodes.Status404NotFound,
        };
        return WantsJson(context)
            ? Results.Json(new { errors = new[] { new { field = new[] { "token" }, message = error.Message, code = Code(error.Code) } } }, statusCode: status)
            : Results.Content(SurveyPage.Message("Survey", error.Message), "text/html; charset=utf-8", statusCode: status);
    }

    private static string Describe(HelpDesk.Sdk.Surveys.SurveyDefinition survey, IReadOnlyList<SurveyAnswer> answers, UserError error)
    {
        var index = error.Field.Count > 2 && int.TryParse(error.Field[2], CultureInfo.InvariantCulture, out var i) ? i : -1;
        var question = index >= 0 && index < answers.Count ? survey.Questions.FirstOrDefault(q => q.Id == answers[index].QuestionId) : null;
        return question is null ? error.Message : $"{question.Text} {error.Message}";
    }

    private static string Code(UserErrorCode code) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(code.ToString());

    private static bool WantsJson(HttpContext context) =>
        context.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private static void Protect(HttpContext context)
    {
        // The token is in the address: keep it out of caches and out of the Referer sent to other sites.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";
    }
}
