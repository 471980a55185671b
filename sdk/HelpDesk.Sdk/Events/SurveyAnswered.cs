using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Events;

/// <summary>A caller answered a survey about a ticket.</summary>
public sealed record SurveyAnswered : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "survey.answered";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the response as stored.</summary>
    public required SurveyResponse Response { get; init; }
}
