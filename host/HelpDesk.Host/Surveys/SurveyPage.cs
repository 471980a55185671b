using System.Globalization;
using System.Net;
using System.Text;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Surveys;

namespace HelpDesk.Host.Surveys;

/// <summary>The plain HTML survey page a caller opens from the link: no script, readable on a phone, every text encoded.</summary>
internal static class SurveyPage
{
    public static string Form(SurveyInvitation invitation, IReadOnlyList<string> problems)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{Encode(invitation.Survey.Title)}</h1>");
        if (problems.Count > 0)
        {
            body.Append("<div role=\"alert\" class=\"errors\"><p>Please check your answers:</p><ul>");
            foreach (var problem in problems)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li>{Encode(problem)}</li>");
            }

            body.Append("</ul></div>");
        }

        body.Append("<form method=\"post\">");
        foreach (var question in invitation.Survey.Questions)
        {
            body.Append(Question(question));
        }

        body.Append("<button type=\"submit\">Send my answers</button></form>");
        return Document(invitation.Survey.Title, body.ToString());
    }

    public static string Message(string title, string text) => Document(title, $"<h1>{Encode(title)}</h1><p>{Encode(text)}</p>");

    private static string Question(SurveyQuestion question)
    {
        var id = Encode(question.Id);
        if (question.Kind == SurveyQuestionKind.FreeText)
        {
            return $"<p><label for=\"q-{id}\">{Encode(question.Text)}</label><br><textarea id=\"q-{id}\" name=\"{id}\" rows=\"4\" maxlength=\"2000\"></textarea></p>";
        }

        var (lowest, highest) = question.Kind == SurveyQuestionKind.Csat ? (1, 5) : (0, 10);
        var choices = string.Concat(Enumerable.Range(lowest, highest - lowest + 1).Select(score =>
            $"<label class=\"score\"><input type=\"radio\" name=\"{id}\" value=\"{score}\"> {score}</label>"));
        return $"<fieldset><legend>{Encode(question.Text)}</legend>{choices}</fieldset>";
    }

    private static string Document(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>{{Encode(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
        fieldset { border: 1px solid #bbb; border-radius: .5rem; margin: 1rem 0; }
        .score { display: inline-block; margin: .25rem .5rem .25rem 0; }
        textarea { width: 100%; }
        .errors { border-left: .3rem solid #b00020; padding-left: 1rem; }
        button { font-size: 1rem; padding: .5rem 1rem; }
        </style>
        </head>
        <body>{{body}}</body>
        </html>
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
