using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>
/// CSAT and NPS from survey answers. CSAT counts 1 for a satisfied answer and 0 otherwise, so its average is the
/// share of satisfied answers; NPS counts +100 for a promoter (9-10), 0 for a passive and -100 for a detractor (0-6),
/// so its average is the net promoter score. Scores outside their scale are not counted.
/// </summary>
internal static class SurveyObservations
{
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
                yield return Observe(MetricNames.Csat, score >= settings.SatisfiedCsatFrom ? 1 : 0, answered, dimensions);
            }
            else if (Is(answer.QuestionId, MetricNames.Nps) && score is >= 0 and <= 10)
            {
                yield return Observe(MetricNames.Nps, score switch { >= 9 => 100, >= 7 => 0, _ => -100 }, answered, dimensions);
            }
        }
    }

    private static bool Is(string questionId, string metric) => string.Equals(questionId, metric, StringComparison.OrdinalIgnoreCase);

    private static MetricObservation Observe(string metric, double value, DomainEvent domainEvent, IReadOnlyDictionary<string, string> breakdown) =>
        new() { Metric = metric, Value = value, At = domainEvent.OccurredAt, Breakdown = breakdown };
}
