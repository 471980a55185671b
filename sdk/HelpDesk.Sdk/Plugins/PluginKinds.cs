using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Review;
using HelpDesk.Sdk.Surveys;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Sdk.Plugins;

/// <summary>
/// The kinds of component a plugin can provide, as named in its manifest, and the interface
/// a component of each kind implements. New kinds are added as new interfaces.
/// </summary>
public static class PluginKinds
{
    /// <summary>Greeting and call scripts: <see cref="IGreetingScript"/>.</summary>
    public const string GreetingScripts = "greeting-scripts";

    /// <summary>Escalation policies: <see cref="IEscalationPolicy"/>.</summary>
    public const string Escalation = "escalation";

    /// <summary>Ticket and note labelling: <see cref="ITagger"/>.</summary>
    public const string Tagging = "tagging";

    /// <summary>Event-to-metric folding: <see cref="IMetricSource"/>.</summary>
    public const string Metrics = "metrics";

    /// <summary>Survey sending and scoring: <see cref="ISurveyPolicy"/>.</summary>
    public const string Surveys = "surveys";

    /// <summary>Reviewing agents' replies and notes for weak or blaming language: <see cref="IReplyReviewer"/>.</summary>
    public const string ReplyReview = "reply-review";

    /// <summary>Gets every known kind with the interface its components implement.</summary>
    public static IReadOnlyDictionary<string, Type> ComponentInterfaces { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [GreetingScripts] = typeof(IGreetingScript),
        [Escalation] = typeof(IEscalationPolicy),
        [Tagging] = typeof(ITagger),
        [Metrics] = typeof(IMetricSource),
        [Surveys] = typeof(ISurveyPolicy),
        [ReplyReview] = typeof(IReplyReviewer),
    };

    /// <summary>Finds the kinds a component type provides.</summary>
    /// <param name="componentType">A class from a plugin assembly.</param>
    /// <returns>The kind names whose interface the type implements; empty when it is not a component.</returns>
    public static IReadOnlyList<string> Of(Type componentType)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        return [.. ComponentInterfaces.Where(k => k.Value.IsAssignableFrom(componentType)).Select(k => k.Key)];
    }
}
