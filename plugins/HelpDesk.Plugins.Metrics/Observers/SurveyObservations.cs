using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>
/// CSAT, NPS and the negative response rate from survey answers. CSAT counts 1 for a satisfied answer and 0
/// otherwise, so its average is the share of satisfied answers; NPS counts +100 for a promoter (9-10), 0 for a
/// passive and -100 for a detractor (0-6), so its average is the net promoter score; the negative response rate
/// counts 1 for an NPS answer of 0, 1 or 2 and 0 otherwise. Scores outside their scale are not counted.
/// </summary>
internal static class SurveyObservations
{
    /// <summary>The highest NPS score that counts as a negative response.</summary>
    public const int NegativeUpTo = 2;

    /// <summary>Observes an event.</summary>
    /// <param name="request">The event and its ticket.</param>
    /// <param name="breakdown">The breakdown builder.</param>
    /// <param name="settings">The organisation's settings.</param>
    /// <returns>The observations; none unless the event is a survey answer with scores.</returns>
    public static IEnumerable<MetricObservation> Of(MetricRequest request, Breakdown breakdown, MetricSettings settings)
    {
        if (request.Event is not SurveyAnswered answered)
        {
            yield break;
        }

        // The caller rates the agent who owns the ticket; the survey event itself has no acting agent.
        var dimensions = breakdown.For(answered, request.Ticket, agent: answered.ActorId ?? request.Ticket?.AssigneeId);
        foreach (var answer in answered.Response.Answers)
        {
            if (answer.Score is not { } score)
            {
                continue;
            }

            if (Is(answer.QuestionId, MetricNames.Csat) && score is >= 1 and <= 5)
            {
                yield return Observation.Of(MetricNames.Csat, score >= settings.SatisfiedCsatFrom ? 1 : 0, answered, dimensions);
            }
            else if (Is(answer.QuestionId, MetricNames.Nps) && score is >= 0 and <= 10)
            {
                yield return Observation.Of(MetricNames.Nps, score switch { >= 9 => 100, >= 7 => 0, _ => -100 }, answered, dimensions);
                yield return Observation.Of(MetricNames.NegativeResponseRate, score <= NegativeUpTo ? 1 : 0, answered, dimensions);
            }
        }
    }

    private static bool Is(string questionId, string metric) => string.Equals(questionId, metric, StringComparison.OrdinalIgnoreCase);
}
