using System.Text;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Surveys;

namespace HelpDesk.Plugins.Surveys;

/// <summary>Writes the follow-up a low answer calls for, with the scores and the caller's own words.</summary>
internal static class LowScoreFollowUp
{
    public static FollowUp Create(SurveyResponse response, int? csat, int? nps, string? comment, SurveySettings settings, DateTimeOffset now)
    {
        var reason = new StringBuilder($"Low survey answer on ticket {response.TicketId}: ");
        var scores = new List<string>();
        if (csat is { } c)
        {
            scores.Add($"CSAT {c} of 5");
        }

        if (nps is { } n)
        {
            scores.Add($"NPS {n} of 10");
        }

        reason.Append(string.Join(", ", scores))
            .Append($" (low is CSAT {settings.LowCsat} or less, NPS {settings.LowNps} or less). Call the caller back to hear what went wrong.");
        if (comment is not null)
        {
            reason.Append($" They wrote: \"{comment}\"");
        }

        return new FollowUp { AssignTo = settings.FollowUpAssignTo, Reason = reason.ToString(), DueAt = now + settings.FollowUpWithin };
    }
}
