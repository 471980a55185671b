namespace HelpDesk.Sdk.Surveys;

/// <summary>A survey to send a caller.</summary>
public sealed record SurveyDefinition
{
    /// <summary>Gets the survey's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title shown to the caller.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the questions, in order.</summary>
    public required IReadOnlyList<SurveyQuestion> Questions { get; init; }
}
